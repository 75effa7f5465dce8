import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applyDelta, emptyTrace } from '../store/simulation/SimTrace.ts'
import type { TraceDelta } from '../store/simulation/SimTrace.ts'
import { fnfClient, mnsClient } from './testing/sdk.ts'
import { raw } from './testing/rawHttp.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

let s: Awaited<ReturnType<typeof startTestServer>>
beforeAll(async () => {
  s = await startTestServer({ flows: { 'mns-callback': example('mns-callback') } })
})
afterAll(() => s.close())

const APP = 'http://localhost:5173'

describe('the studio side: GET /fdl/stream and CORS', () => {
  it('streams one execution as the app applies it: the message received, the report, the delete, Succeeded', async () => {
    const fnf = fnfClient(s.url)
    const started = await fnf.startExecution({ FlowName: 'mns-callback', ExecutionName: 'watched' })
    const controller = new AbortController()
    const r = await fetch(`${s.url}/fdl/stream?flow=mns-callback&execution=watched`, { headers: { origin: APP }, signal: controller.signal })
    expect(r.status).toBe(200)
    expect(r.headers.get('content-type')).toBe('text/event-stream')
    expect(r.headers.get('access-control-allow-origin')).toBe(APP)
    const trace = emptyTrace(Date.parse(started.StartedTime as string))
    const reader = r.body!.getReader()
    let buffer = ''
    const readUntil = async (done: () => boolean) => {
      while (!done()) {
        const chunk = await reader.read()
        if (chunk.done) throw new Error('stream ended')
        buffer += new TextDecoder().decode(chunk.value)
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const line = buffer.slice(0, i)
          buffer = buffer.slice(i + 2)
          if (line.startsWith('data: ')) applyDelta(trace, JSON.parse(line.slice(6)) as TraceDelta)
        }
      }
    }
    await readUntil(() => trace.messages.length === 1)
    expect(trace.executions[0]!.events.map((e) => e.type)).toEqual(['ExecutionStarted', 'StepEntered', 'StepStarted', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted'])
    const mns = mnsClient(s.url)
    const got = await mns.receiveMessage('fnf-demo', 5)
    await fnf.reportTaskSucceeded({ TaskToken: (JSON.parse(got.body.MessageBody!) as { task_token: string }).task_token, Output: '{"ok":1}' })
    await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)
    await readUntil(() => trace.done && trace.actions.some((a) => a.kind === 'DeleteMessage'))
    controller.abort()
    expect(trace.executions[0]).toMatchObject({ name: 'watched', status: 'Succeeded', output: { ok: 1 } })
    expect(trace.actions.map((a) => `${a.kind} ${a.actor} ${a.result}`)).toEqual([
      'SendMessage workflow OK', 'ReceiveMessage manual OK', 'ReportTaskSucceeded manual OK', 'DeleteMessage manual OK',
    ])
    expect(trace.messages[0]!.transitions.map((t) => t.state)).toEqual(['active', 'inactive', 'deleted'])
    expect([...trace.tokens.values()].map((t) => [t.stepName, t.status])).toEqual([['Task_1', 'completed']])
  })

  it('answers loopback origins only, with preflight; an unknown execution is 404', async () => {
    const pre = await raw(s.url, { method: 'OPTIONS', headers: { origin: 'http://127.0.0.1:4173', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } })
    expect([pre.status, pre.headers['access-control-allow-origin'], pre.headers['access-control-allow-methods']]).toEqual([204, 'http://127.0.0.1:4173', 'GET, POST, PUT, DELETE'])
    const evil = await raw(s.url, { method: 'POST', headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: 'Action=DeleteFlow&Name=mns-callback' })
    expect(evil.status).toBe(403)
    expect(evil.headers['access-control-allow-origin']).toBeUndefined()
    expect((await fnfClient(s.url).describeFlow({ Name: 'mns-callback' })).Name).toBe('mns-callback')
    const missing = await raw(s.url, { path: '/fdl/stream?flow=mns-callback&execution=nope', headers: { origin: APP } })
    expect([missing.status, JSON.parse(missing.body).Code]).toEqual([404, 'ExecutionNotExists'])
  })
})
