import { afterEach, describe, expect, it } from 'vitest'
import { fnfClient, mnsClient, openApiCaller } from './testing/sdk.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

let stop: (() => Promise<void>) | null = null
afterEach(async () => {
  await stop?.()
  stop = null
})

async function seedServer(speed = 1) {
  const s = await startTestServer({ flows: { 'mns-callback': example('mns-callback') }, speed })
  stop = () => s.close()
  return { s, mns: mnsClient(s.url), fnf: fnfClient(s.url) }
}

describe('fdl serve with the official Node SDKs', () => {
  it('runs the seed flow: StartExecution, receive, ReportTaskSucceeded, DeleteMessage, DescribeExecution Succeeded', async () => {
    const { mns, fnf } = await seedServer()
    const started = await fnf.startExecution({ FlowName: 'mns-callback', ExecutionName: 'run1', Input: '{"order":7}' })
    expect(started).toMatchObject({ FlowName: 'mns-callback', Name: 'run1', Status: 'Running', Input: '{"order":7}' })
    const got = await mns.receiveMessage('fnf-demo', 5)
    expect(Object.keys(got.body).sort()).toEqual(['DequeueCount', 'EnqueueTime', 'FirstDequeueTime', 'MessageBody', 'MessageBodyMD5', 'MessageId', 'NextVisibleTime', 'Priority', 'ReceiptHandle'])
    expect(got.body.ReceiptHandle).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(got.body.DequeueCount).toBe('1')
    expect(got.body.Priority).toBe('1')
    const body = JSON.parse(got.body.MessageBody!) as { task_token: string; key: string }
    expect(body.key).toBe('value')
    const reported = await fnf.reportTaskSucceeded({ TaskToken: body.task_token, Output: '{"done":true}' })
    expect(reported.EventId).toEqual(expect.any(Number))
    const deleted = await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)
    expect(deleted.code).toBe(204)
    const described = await fnf.describeExecution({ FlowName: 'mns-callback', ExecutionName: 'run1', WaitTimeSeconds: 5 }, { timeout: 10_000 })
    expect(described).toMatchObject({ Status: 'Succeeded', Output: '{"done":true}', Name: 'run1', FlowName: 'mns-callback' })
    expect(described.StoppedTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
  })

  it('ReportTaskFailed fails the execution with the error and cause; a second report gets TaskAlreadyCompleted', async () => {
    const { mns, fnf } = await seedServer()
    await fnf.startExecution({ FlowName: 'mns-callback', ExecutionName: 'bad' })
    const got = await mns.receiveMessage('fnf-demo', 5)
    const token = (JSON.parse(got.body.MessageBody!) as { task_token: string }).task_token
    await fnf.reportTaskFailed({ TaskToken: token, Error: 'Worker.Broken', Cause: 'disk full' })
    const again = await fnf.reportTaskSucceeded({ TaskToken: token, Output: '{}' }).catch((e: unknown) => e)
    expect(again).toMatchObject({ name: 'TaskAlreadyCompletedError', code: 'TaskAlreadyCompleted' })
    const described = await fnf.describeExecution({ FlowName: 'mns-callback', ExecutionName: 'bad' })
    expect(described.Status).toBe('Failed')
    const history = await fnf.getExecutionHistory({ FlowName: 'mns-callback', ExecutionName: 'bad' })
    const events = history.Events as { Type: string; EventDetail: string }[]
    const last = events[events.length - 1]!
    expect(last.Type).toBe('ExecutionFailed')
    expect(JSON.parse(last.EventDetail)).toEqual({ error: 'Worker.Broken', cause: 'disk full' })
  })

  it('openapi-client (ACS3 and v2 signing) reports and reads errors as the product SDKs do', async () => {
    const { s, mns } = await seedServer()
    for (const alg of ['ACS3-HMAC-SHA256', 'v2'] as const) {
      const call = openApiCaller(s.url, alg)
      const started = await call('StartExecution', { FlowName: 'mns-callback', ExecutionName: `e-${alg.slice(0, 2)}` })
      expect(started.body.Status).toBe('Running')
      const got = await mns.receiveMessage('fnf-demo', 5)
      const token = (JSON.parse(got.body.MessageBody!) as { task_token: string }).task_token
      const ok = await call('ReportTaskSucceeded', { TaskToken: token }, { Output: '{"via":"openapi"}' })
      expect(ok.body.EventId).toEqual(expect.any(Number))
      const again = await call('ReportTaskSucceeded', { TaskToken: token }, { Output: '{}' }).catch((e: unknown) => e)
      expect(again).toMatchObject({ code: 'TaskAlreadyCompleted', statusCode: 400 })
      await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)
    }
  })
})
