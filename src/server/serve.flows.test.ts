import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fnfClient, mnsClient } from './testing/sdk.ts'
import { example, startTestServer } from './testing/startTestServer.ts'

let s: Awaited<ReturnType<typeof startTestServer>>
beforeAll(async () => {
  s = await startTestServer({ flows: { pass: example('pass') } })
})
afterAll(() => s.close())

const errorOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => e as Error & { code?: string })

describe('FnF flows and executions through @alicloud/fnf-2019-03-15', () => {
  it('CreateFlow, DescribeFlow, ListFlows, UpdateFlow, DeleteFlow', async () => {
    const fnf = fnfClient(s.url)
    const created = await fnf.createFlow({ Name: 'cb', Definition: example('mns-callback'), Description: 'callback demo', Type: 'FDL' })
    expect(created).toMatchObject({ Name: 'cb', Description: 'callback demo', Type: 'FDL', Definition: example('mns-callback') })
    expect((await errorOf(fnf.createFlow({ Name: 'cb', Definition: example('pass'), Description: '', Type: 'FDL' })))?.code).toBe('FlowAlreadyExists')
    const listed = await fnf.listFlows({})
    expect((listed.Flows as { Name: string }[]).map((f) => f.Name)).toEqual(['cb', 'pass'])
    const updated = await fnf.updateFlow({ Name: 'cb', Description: 'changed' })
    expect(updated).toMatchObject({ Name: 'cb', Description: 'changed', Definition: example('mns-callback') })
    // The flow's queue exists without being created.
    expect((await mnsClient(s.url).getQueueAttributes('fnf-demo')).body.QueueName).toBe('fnf-demo')
    await fnf.deleteFlow({ Name: 'cb' })
    expect((await errorOf(fnf.describeFlow({ Name: 'cb' })))?.code).toBe('FlowNotExists')
  })

  it('refuses an invalid definition with its first validator error', async () => {
    const bad = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n  - type: pass\n    name: a\n'
    const e = await errorOf(fnfClient(s.url).createFlow({ Name: 'dup', Definition: bad, Description: '', Type: 'FDL' }))
    expect(e?.code).toBe('InvalidArgument')
    expect(e?.message).toMatch(/line 7, column \d+: [a-z-]+: .*a/)
  })

  it('StartExecution idempotency, ListExecutions, errors for missing and unknown things', async () => {
    const fnf = fnfClient(s.url)
    await fnf.createFlow({ Name: 'waiting', Definition: example('mns-callback'), Description: '', Type: 'FDL' })
    const a = await fnf.startExecution({ FlowName: 'waiting', ExecutionName: 'same', Input: '{"n":1}' })
    const again = await fnf.startExecution({ FlowName: 'waiting', ExecutionName: 'same', Input: '{"n":2}' })
    expect(again).toMatchObject({ Name: 'same', Status: 'Running', Input: a.Input, StartedTime: a.StartedTime })
    const quick = await fnf.startExecution({ FlowName: 'pass', ExecutionName: 'quick' })
    expect(quick.Status).toBe('Succeeded')
    expect((await errorOf(fnf.startExecution({ FlowName: 'pass', ExecutionName: 'quick' })))?.code).toBe('ExecutionAlreadyExists')
    const generated = await fnf.startExecution({ FlowName: 'pass' })
    expect(generated.Name).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    const listed = await fnf.listExecutions({ FlowName: 'pass' })
    expect((listed.Executions as { Name: string }[]).map((x) => x.Name)).toEqual(['quick', generated.Name])
    const running = await fnf.listExecutions({ FlowName: 'waiting', Status: 'Running' })
    expect((running.Executions as { Name: string }[]).map((x) => x.Name)).toEqual(['same'])
    expect((await errorOf(fnf.startExecution({ FlowName: 'nope' })))?.code).toBe('FlowNotExists')
    expect((await errorOf(fnf.startExecution({ FlowName: 'pass', Input: '[1,2]' })))?.code).toBe('InvalidArgument')
    expect((await errorOf(fnf.startExecution({ FlowName: 'pass', Input: '{oops' })))?.code).toBe('InvalidArgument')
    expect((await errorOf(fnf.startExecution({ FlowName: 'pass', ExecutionName: '9-starts-with-digit' })))?.code).toBe('InvalidArgument')
    expect((await errorOf(fnf.describeExecution({ FlowName: 'pass', ExecutionName: 'nope' })))?.code).toBe('ExecutionNotExists')
    expect((await errorOf(fnf.describeExecution({ FlowName: 'pass', ExecutionName: 'quick', WaitTimeSeconds: 61 })))?.code).toBe('InvalidArgument')
    expect((await errorOf(fnf.reportTaskSucceeded({ TaskToken: 'not-a-token', Output: '{}' })))?.code).toBe('InvalidArgument')
    expect((await errorOf(fnf.reportTaskSucceeded({ TaskToken: '', Output: '{}' })))?.code).toBe('MissingRequiredParams')
  })

  it('StopExecution ends a waiting execution with ExecutionStopped; its token is refused afterwards', async () => {
    const fnf = fnfClient(s.url)
    const mns = mnsClient(s.url)
    await fnf.createFlow({ Name: 'stoppable', Definition: example('mns-callback'), Description: '', Type: 'FDL' })
    await fnf.startExecution({ FlowName: 'stoppable', ExecutionName: 'victim' })
    // The queue is shared with the other flows' executions: take this execution's message (its token names it).
    let got = await mns.receiveMessage('fnf-demo', 5)
    let token = (JSON.parse(got.body.MessageBody!) as { task_token: string }).task_token
    while (!Buffer.from(token, 'base64').toString().includes('#victim#')) {
      got = await mns.receiveMessage('fnf-demo', 5)
      token = (JSON.parse(got.body.MessageBody!) as { task_token: string }).task_token
    }
    const waiting = fnf.describeExecution({ FlowName: 'stoppable', ExecutionName: 'victim', WaitTimeSeconds: 10 }, { timeout: 15_000 })
    const stopped = await fnf.stopExecution({ FlowName: 'stoppable', ExecutionName: 'victim', Error: 'Ops.Cancelled', Cause: 'by hand' })
    expect(stopped).toMatchObject({ Name: 'victim', Status: 'Stopped' })
    expect((await waiting).Status).toBe('Stopped')
    const history = await fnf.getExecutionHistory({ FlowName: 'stoppable', ExecutionName: 'victim' })
    const last = (history.Events as { Type: string; EventDetail: string }[]).at(-1)!
    expect([last.Type, JSON.parse(last.EventDetail)]).toEqual(['ExecutionStopped', { error: 'Ops.Cancelled', cause: 'by hand' }])
    expect((await errorOf(fnf.reportTaskSucceeded({ TaskToken: token, Output: '{}' })))?.code).toBe('TaskAlreadyCompleted')
    expect((await errorOf(fnf.stopExecution({ FlowName: 'stoppable', ExecutionName: 'victim' })))?.code).toBe('ExecutionAlreadyCompleted')
    await mns.deleteMessage('fnf-demo', got.body.ReceiptHandle!)
  })

  it('a child flow that exists on the server runs as its own execution, found by name', async () => {
    const fnf = fnfClient(s.url)
    const parent = 'version: v1\ntype: flow\nsteps:\n  - type: task\n    name: CallChild\n    resourceArn: acs:fnf:::flow/kid\n    pattern: sync\n    serviceParams:\n      Input: $\n'
    await fnf.createFlow({ Name: 'kid', Definition: example('pass'), Description: '', Type: 'FDL' })
    await fnf.createFlow({ Name: 'parent', Definition: parent, Description: '', Type: 'FDL' })
    await fnf.startExecution({ FlowName: 'parent', ExecutionName: 'p1', Input: '{"x":1}' })
    const done = await fnf.describeExecution({ FlowName: 'parent', ExecutionName: 'p1', WaitTimeSeconds: 10 }, { timeout: 15_000 })
    expect(done.Status).toBe('Succeeded')
    const history = await fnf.getExecutionHistory({ FlowName: 'parent', ExecutionName: 'p1' })
    const submitted = (history.Events as { Type: string; EventDetail: string }[]).find((e) => e.Type === 'TaskSubmitted')!
    const childName = (JSON.parse(submitted.EventDetail) as { executionName: string }).executionName
    const child = await fnf.describeExecution({ FlowName: 'kid', ExecutionName: childName })
    expect(child).toMatchObject({ FlowName: 'kid', Status: 'Succeeded', Input: '{"x":1}' })
    const listed = await fnf.listExecutions({ FlowName: 'kid' })
    expect((listed.Executions as { Name: string }[]).map((e) => e.Name)).toEqual([childName])
  })
})
