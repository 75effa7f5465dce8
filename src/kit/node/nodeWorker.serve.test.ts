import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { mnsClient, openApiCaller } from '../../server/testing/sdk.ts'
import { startTestServer } from '../../server/testing/startTestServer.ts'
import type { RunningServer } from '../../server/startServer.ts'
import { kitFiles } from '../testing/flows.ts'
import { installNodeWorker, workerBin } from '../testing/installNodeWorker.ts'

const SEED = readFileSync('public/examples/mns-callback.yaml', 'utf8')
const THREE = readFileSync('public/examples/mns-three-tasks.yaml', 'utf8')

let server: (RunningServer & { notes: string[] }) | null = null
let worker: ChildProcess | null = null
afterEach(async () => {
  worker?.kill('SIGKILL')
  worker = null
  await server?.close()
  server = null
})

/** Starts the generated worker as `npm start` would (tsx worker.ts), pointed at the emulator; collects its log. */
function startWorker(dir: string, url: string, extra: Record<string, string> = {}): { proc: ChildProcess; log: () => string; exited: Promise<number | null> } {
  let out = ''
  const proc = spawn(workerBin(dir, 'tsx'), ['worker.ts'], {
    cwd: dir,
    env: { ...process.env, MNS_ENDPOINT: url, FNF_ENDPOINT: url, ALIBABA_CLOUD_ACCESS_KEY_ID: 'test-key-id', ALIBABA_CLOUD_ACCESS_KEY_SECRET: 'test-key-secret', ...extra },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  proc.stdout!.on('data', (b: Buffer) => (out += b.toString('utf8')))
  proc.stderr!.on('data', (b: Buffer) => (out += b.toString('utf8')))
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  worker = proc
  return { proc, log: () => out, exited }
}

/**
 * Starts an execution and polls DescribeExecution until it ends (short polls: the OpenAPI client's connect
 * timeout would cut a long one that outlasts it).
 */
async function run(url: string, flow: string, name: string, input: object): Promise<Record<string, unknown>> {
  const fnf = openApiCaller(url, 'ACS3-HMAC-SHA256')
  const started = await fnf('StartExecution', { FlowName: flow, ExecutionName: name, Input: JSON.stringify(input) })
  expect(started.statusCode).toBe(200)
  for (let i = 0; i < 600; i++) {
    const d = await fnf('DescribeExecution', { FlowName: flow, ExecutionName: name })
    if (d.body.Status !== 'Running') return d.body
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`${name} still running after 120 s`)
}

// The generated Node worker, installed from its own package.json (official @alicloud packages from npm), against
// `fdl serve` on loopback: the proof that what the kit writes works with the service's wire formats.
describe('worker-node/ against fdl serve', () => {
  it('runs the seed flow: receives the message, reports its output with the token, deletes it; a second flow runs three tasks', { timeout: 300_000 }, async () => {
    server = await startTestServer({ flows: { seed: SEED, three: THREE } })
    const url = `http://127.0.0.1:${server.port}`
    const dir = installNodeWorker(kitFiles(SEED))
    const w = startWorker(dir, url)
    const done = await run(url, 'seed', 'e1', { order: 7 })
    expect(done.Status, w.log()).toBe('Succeeded')
    // The handler returns its input (the message without the token): the flow's output holds the mapped `key`
    expect(JSON.parse(String(done.Output))).toMatchObject({ key: 'value' })
    // The worker logs the job once reported and deleted; the message is then gone, not left to come back
    await expect.poll(() => w.log()).toContain('"result":"succeeded","report":"reported"')
    const peek = await mnsClient(url).peekMessage('fnf-demo').catch((e: { name?: string; code?: string }) => e)
    expect(String((peek as { name?: string }).name ?? (peek as { code?: string }).code)).toMatch(/MessageNotExist/)
    // SIGTERM with nothing in hand: the worker stops at once, exit 0
    w.proc.kill('SIGTERM')
    expect(await w.exited).toBe(0)
    // The three-task flow's kit: its worker serves every queue the flow waits on
    const three = startWorker(installNodeWorker(kitFiles(THREE)), url)
    const ended = await run(url, 'three', 'e3', {})
    expect(ended.Status, three.log()).toBe('Succeeded')
    await expect.poll(() => three.log().match(/"result":"succeeded","report":"reported"/g)?.length ?? 0).toBe(3)
  })

  it('a handler that throws fails the execution with its code as the error and its message as the cause', { timeout: 300_000 }, async () => {
    server = await startTestServer({ flows: { seed: SEED } })
    const url = `http://127.0.0.1:${server.port}`
    const dir = installNodeWorker(kitFiles(SEED))
    writeFileSync(
      join(dir, 'handler.ts'),
      "export async function handler(): Promise<Record<string, unknown>> {\n  throw Object.assign(new Error('the printer is on fire'), { code: 'Job.PrinterFire' })\n}\n",
    )
    const w = startWorker(dir, url)
    const done = await run(url, 'seed', 'e2', {})
    expect(done.Status, w.log()).toBe('Failed')
    // The history says why, as the service writes it: the task failed with the handler's code and message
    const history = await openApiCaller(url, 'ACS3-HMAC-SHA256')('GetExecutionHistory', { FlowName: 'seed', ExecutionName: 'e2' })
    const failed = (history.body.Events as { Type: string; EventDetail: string }[]).find((e) => e.Type === 'TaskFailed')
    expect(JSON.parse(failed!.EventDetail)).toMatchObject({ error: 'Job.PrinterFire', cause: 'the printer is on fire' })
    await expect.poll(() => w.log()).toContain('"result":"failed","error":"Job.PrinterFire","report":"reported"')
  })

  it('SIGTERM in the middle of a job: the job finishes and reports, then the worker exits 0', { timeout: 300_000 }, async () => {
    server = await startTestServer({ flows: { seed: SEED } })
    const url = `http://127.0.0.1:${server.port}`
    const dir = installNodeWorker(kitFiles(SEED))
    writeFileSync(
      join(dir, 'handler.ts'),
      "export async function handler(input: Record<string, unknown>): Promise<Record<string, unknown>> {\n  console.log('job started')\n  await new Promise((r) => setTimeout(r, 1500))\n  return { ...input, slow: true }\n}\n",
    )
    const w = startWorker(dir, url)
    const fnf = openApiCaller(url, 'ACS3-HMAC-SHA256')
    await fnf('StartExecution', { FlowName: 'seed', ExecutionName: 'e4', Input: '{}' })
    await expect.poll(() => w.log(), { timeout: 30_000 }).toContain('job started')
    w.proc.kill('SIGTERM')
    expect(await w.exited).toBe(0)
    expect(w.log()).toContain('"result":"succeeded","report":"reported"')
    const d = await fnf('DescribeExecution', { FlowName: 'seed', ExecutionName: 'e4', WaitTimeSeconds: '10' })
    expect(d.body.Status).toBe('Succeeded')
    expect(JSON.parse(String(d.body.Output))).toMatchObject({ slow: true })
  })

  it('a job slower than the visibility timeout, two workers on the queue: the message is kept invisible and processed once', { timeout: 300_000 }, async () => {
    server = await startTestServer({ flows: { seed: SEED } })
    const url = `http://127.0.0.1:${server.port}`
    // A 2 s visibility timeout on the queue and in the workers; the job takes 5 s
    const mns = mnsClient(url)
    await mns.deleteQueue('fnf-demo')
    expect((await mns.createQueue('fnf-demo', { VisibilityTimeout: 2 })).code).toBe(201)
    expect(Number((await mns.getQueueAttributes('fnf-demo')).body.VisibilityTimeout)).toBe(2)
    const dir = installNodeWorker(kitFiles(SEED))
    writeFileSync(
      join(dir, 'handler.ts'),
      "export async function handler(input: Record<string, unknown>): Promise<Record<string, unknown>> {\n  console.log('job started')\n  await new Promise((r) => setTimeout(r, 5000))\n  return { ...input, done: true }\n}\n",
    )
    const env = { WORKER_VISIBILITY_TIMEOUT: '2' }
    const a = startWorker(dir, url, env)
    const firstWorker = worker
    const b = startWorker(dir, url, env)
    try {
      const done = await run(url, 'seed', 'e5', {}).catch((e: unknown) => {
        throw new Error(`${String(e)}\nworker a: ${a.log()}\nworker b: ${b.log()}\nserver: ${server?.notes.join('\n')}`)
      })
      expect(done.Status, a.log() + b.log()).toBe('Succeeded')
      await expect.poll(() => a.log() + b.log()).toContain('"report":"reported"')
      const logs = a.log() + b.log()
      expect(logs.match(/job started/g)).toHaveLength(1)
      expect(logs).not.toContain('visibility not extended')
      expect(logs).not.toContain('"dequeueCount":2')
    } finally {
      firstWorker?.kill('SIGKILL')
    }
  })
})
