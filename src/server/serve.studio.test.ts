import { createConnection, createServer, type Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { createDesignerStore } from '../store/createDesignerStore.ts'
import { createLocalHost } from '../store/simulation/createLocalHost.ts'
import { createSimulationStore } from '../store/simulation/createSimulationStore.ts'
import type { FrameClock } from '../store/simulation/SimHost.ts'
import { queueAt, statusAt } from '../store/simulation/traceAt.ts'
import type { SimulationState } from '../store/simulation/SimulationState.ts'
import { fnfClient, mnsClient } from './testing/sdk.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

/** Animation frames in real time: a Local server run happens on the wall clock. */
const realFrames: FrameClock = {
  now: () => performance.now(),
  request: (run) => setTimeout(run, 16),
  cancel: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

const closers: (() => Promise<unknown> | void)[] = []
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close()
})

/** fdl serve on loopback (a free port, or `port` to stand for a restart), closed after the test. */
async function server(port?: number) {
  const s = await startTestServer({ port })
  const stop = s.close
  let closed: Promise<void> | null = null
  const close = () => (closed ??= stop())
  closers.push(close)
  return Object.assign(s, { close })
}

/** The studio's simulation store, as the app makes it, for a document named `name`, in Local server mode at `url`. */
function studio(text: string, name: string, url: string) {
  const designer = createDesignerStore({ initialText: text })
  designer.getState().dispatch({ origin: 'load', text, name })
  const sim = createSimulationStore({ designer, createHost: createLocalHost, frames: realFrames })
  closers.push(() => sim.getState().reset())
  sim.getState().setLocalServer(true)
  sim.getState().setServerAddress(url)
  return { sim, state: () => sim.getState(), designer }
}

async function until<T>(what: string, read: () => T | undefined | null | false, ms = 10_000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const v = read()
    if (v) return v
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** A TCP relay to `port` that can drop every connection and stop listening, then listen again on the same port. */
async function proxy(port: number) {
  const sockets = new Set<Socket>()
  const relay = createServer((client) => {
    const upstream = createConnection(port, '127.0.0.1')
    for (const sock of [client, upstream]) {
      sockets.add(sock)
      sock.on('close', () => sockets.delete(sock))
      sock.on('error', () => undefined)
    }
    client.pipe(upstream).pipe(client)
  })
  const listen = (p: number) => new Promise<number>((resolve) => relay.listen(p, '127.0.0.1', () => resolve((relay.address() as { port: number }).port)))
  const own = await listen(0)
  closers.push(() => new Promise((resolve) => {
    for (const sock of sockets) sock.destroy()
    relay.close(() => resolve(undefined))
  }))
  return {
    url: `http://127.0.0.1:${own}`,
    drop: () => new Promise<void>((resolve) => {
      relay.close(() => resolve())
      for (const sock of sockets) sock.destroy()
    }),
    restore: () => listen(own),
  }
}

const statusOf = (s: SimulationState) => statusAt(s.trace, s.t)

describe('the studio in Local server mode, against fdl serve and a worker using the official SDKs', () => {
  it('Connect says what the server has, or that nothing answers', async () => {
    const s = await server()
    const { state } = studio(example('mns-callback'), 'mns-callback', s.url)
    await state().connect()
    expect(state().serverCheck).toEqual({ state: 'ok', message: `Connected to fdl serve at ${s.url}: no flows yet.` })
    await fnfClient(s.url).createFlow({ Name: 'seed', Definition: example('mns-callback'), Description: '', Type: 'FDL' })
    await state().connect()
    expect(state().serverCheck.message).toBe(`Connected to fdl serve at ${s.url}: 1 flow (seed).`)
    await s.close()
    await state().connect()
    expect(state().serverCheck.state).toBe('error')
    expect(state().serverCheck.message).toMatch(new RegExp(`^No fdl serve answers at ${s.url.replace(/[.]/g, '\\.')} \\(.*\\)\\. Start it with \`npx fdl serve\``))
    state().setServerAddress('localhost 8787')
    await state().connect()
    expect(state().serverCheck).toEqual({ state: 'error', message: 'Server address: "localhost 8787" is not an address; write it as http://127.0.0.1:8787.' })
    state().setServerAddress('http://127.0.0.1:8787/queues')
    await state().connect()
    expect(state().serverCheck).toEqual({ state: 'error', message: 'Server address: give the origin only (http://HOST:PORT), without a path, query or user.' })
    // A run is refused for the same reason, before anything is sent.
    state().run()
    expect(state().refusal).toEqual(['Server address: give the origin only (http://HOST:PORT), without a path, query or user.'])
  })

  it('pushes the flow, starts it with the panel input, and shows the real worker receive, report and delete live', async () => {
    const s = await server()
    const { state } = studio(example('mns-callback'), 'mns-callback.yaml', s.url)
    state().setInputText('{"key": "from the studio"}')
    state().run()
    await until('the message on the queue', () => state().trace?.messages.length === 1)
    expect(state().connection).toEqual({ state: 'live', message: expect.stringMatching(/^Following execution [0-9a-f-]{36} on fdl serve at /) })
    expect(statusOf(state())).toBe('Running')
    // The flow is on the server under the document's name, as pushed.
    const fnf = fnfClient(s.url)
    expect((await fnf.describeFlow({ Name: 'mns-callback' })).Definition).toBe(example('mns-callback'))

    const mns = mnsClient(s.url)
    const got = await mns.receiveMessage('fnf-demo', 5)
    const body = JSON.parse(got.body.MessageBody!) as { task_token: string }
    const execution = state().trace!.executions[0]!.name
    expect(JSON.parse((await fnf.describeExecution({ FlowName: 'mns-callback', ExecutionName: execution })).Input as string)).toEqual({ key: 'from the studio' })
    await fnf.reportTaskSucceeded({ TaskToken: body.task_token, Output: '{"done":true}' })
    await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)

    await until('the delete at the end', () => state().trace?.actions.some((a) => a.kind === 'DeleteMessage') && state().t >= state().trace!.actions.at(-1)!.time)
    const after = state()
    expect(statusOf(after)).toBe('Succeeded')
    expect(after.trace!.executions[0]!.output).toEqual({ done: true })
    expect(after.trace!.actions.map((a) => a.kind)).toEqual(['SendMessage', 'ReceiveMessage', 'ReportTaskSucceeded', 'DeleteMessage'])
    expect(queueAt(after.trace, after.t).map((q) => q.state)).toEqual(['deleted'])
    expect(after.runWarnings).toEqual([])
  })

  it('Stop stops the execution on the server', async () => {
    const s = await server()
    const { state } = studio(example('mns-callback'), 'stop-me', s.url)
    state().run()
    await until('the message', () => state().trace?.messages.length === 1)
    state().callManual({ kind: 'StopExecution', execution: 0, error: '', cause: 'Stopped from the simulation panel.' })
    await until('Stopped', () => statusOf(state()) === 'Stopped')
    const name = state().trace!.executions[0]!.name
    expect((await fnfClient(s.url).describeExecution({ FlowName: 'stop-me', ExecutionName: name })).Status).toBe('Stopped')
    expect(state().answers.at(-1)).toMatchObject({ ok: true, request: { kind: 'StopExecution' } })
  })

  it('refuses a flow the server refuses, and a server that is not there, with the reason', async () => {
    const s = await server()
    const { state, designer } = studio('version: v1\ntype: flow\nsteps:\n  - type: pass\n', 'broken', s.url)
    state().run()
    await until('the refusal', () => state().phase === 'refused')
    expect(state().refusal).toEqual([expect.stringMatching(/^fdl serve refused this flow \(broken\): InvalidArgument: .*name/)])
    designer.getState().dispatch({ origin: 'load', text: example('mns-callback') })
    await s.close()
    state().run()
    await until('the refusal', () => state().phase === 'refused')
    expect(state().refusal).toEqual([expect.stringMatching(/^No fdl serve answers at http:\/\/127\.0\.0\.1:\d+ \(/)])
  })

  it('keeps what was shown when the server goes away, says so, and says when it comes back without the run', async () => {
    const s = await server()
    const { state } = studio(example('mns-callback'), 'mns-callback', s.url)
    state().run()
    await until('the message', () => state().trace?.messages.length === 1)
    const events = state().trace!.executions[0]!.events.length
    await s.close()
    await until('the lost connection', () => state().connection?.state === 'retrying')
    expect(state().connection!.message).toMatch(/^Lost the connection to fdl serve at .*; reconnecting\. What was shown is kept\.$/)
    expect(state().trace!.executions[0]!.events).toHaveLength(events)
    expect(state().trace!.messages).toHaveLength(1)
    // The same port again, a new server: the execution is not there any more, and nothing shown is lost.
    await server(s.port)
    await until('the run gone', () => state().connection?.state === 'gone', 15_000)
    expect(state().connection!.message).toMatch(/^fdl serve at .* no longer has execution [0-9a-f-]{36} \(the server restarted\?\)\. What was shown is kept; press Run to start a new execution\.$/)
    expect(state().trace!.executions[0]!.events).toHaveLength(events)
    expect(state().phase).toBe('active')
  })

  it('reconnects when the link drops while the server keeps the run, and shows what happened meanwhile', async () => {
    const s = await server()
    const link = await proxy(s.port)
    const { state } = studio(example('mns-callback'), 'mns-callback', link.url)
    state().run()
    await until('the message', () => state().trace?.messages.length === 1)
    await link.drop()
    await until('the lost connection', () => state().connection?.state === 'retrying')
    // Meanwhile the worker does its job on the server directly.
    const mns = mnsClient(s.url)
    const got = await mns.receiveMessage('fnf-demo', 5)
    await fnfClient(s.url).reportTaskSucceeded({ TaskToken: (JSON.parse(got.body.MessageBody!) as { task_token: string }).task_token, Output: '{"while":"away"}' })
    await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)
    await link.restore()
    await until('Succeeded', () => statusOf(state()) === 'Succeeded')
    expect(state().connection).toEqual({ state: 'live', message: `Reconnected to fdl serve at ${link.url}.` })
    expect(state().trace!.executions[0]!.output).toEqual({ while: 'away' })
    expect(state().trace!.actions.map((a) => a.kind)).toEqual(['SendMessage', 'ReceiveMessage', 'ReportTaskSucceeded', 'DeleteMessage'])
  })
})
