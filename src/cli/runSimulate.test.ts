import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { memoryIo } from './io.ts'
import { runSimulate } from './runSimulate.ts'

const callback = readFileSync('public/examples/mns-callback.yaml', 'utf8')
const simulate = async (args: string[], files: Record<string, string>) => {
  const io = memoryIo(files)
  const code = await runSimulate(args, io)
  return { code, out: io.out, err: io.err }
}

describe('fdl simulate', () => {
  it('prints exactly the contract result object with --json and exits 0 on success', async () => {
    // given the seed example
    const r = await simulate(['flow.yaml', '--json'], { 'flow.yaml': callback })
    // then the result has the CONTRACTS §3 keys, in order, and the message was deleted
    expect(r.code).toBe(0)
    const result = JSON.parse(r.out) as Record<string, unknown>
    expect(Object.keys(result)).toEqual(['status', 'output', 'error', 'cause', 'startTime', 'endTime', 'events', 'messages'])
    expect(result).toMatchObject({ status: 'Succeeded', output: {}, error: null, cause: null, startTime: '2026-01-01T00:00:00.000Z', endTime: '2026-01-01T00:00:01.000Z' })
    const events = result.events as Record<string, unknown>[]
    expect(Object.keys(events[0]!)).toEqual(['eventId', 'type', 'stepName', 'time', 'scheduleEventId', 'eventDetail'])
    expect(events[0]).toEqual({ eventId: 1, type: 'ExecutionStarted', stepName: '', time: '2026-01-01T00:00:00.000Z', scheduleEventId: 0, eventDetail: { input: {} } })
    const messages = result.messages as Record<string, unknown>[]
    expect(Object.keys(messages[0]!)).toEqual(['queue', 'messageId', 'body', 'priority', 'enqueueTime', 'dequeueCount', 'deleted'])
    expect(messages[0]).toMatchObject({ queue: 'fnf-demo', priority: 1, dequeueCount: 1, deleted: true })
  })

  it('warns on stderr about scenario outcomes it cannot apply, and still runs', async () => {
    const flow = 'version: v1\ntype: flow\nsteps:\n  - type: task\n    name: notify\n    resourceArn: acs:mns:::/queues/jobs/messages\n    serviceParams:\n      MessageBody: $\n'
    const scenario = 'tasks:\n  notify:\n    - timeout: true\n    - succeed: {a: 1}\n      after: 3\n  Nobody:\n    - succeed: {}\n'
    const r = await simulate(['flow.yaml', '--scenario', 's.yaml'], { 'flow.yaml': flow, 's.yaml': scenario })
    expect(r.code).toBe(0)
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      'fdl simulate: warning: tasks.notify[0]: timeout cannot apply to notify, a send to MNS that answers at once; use fail to make the send fail.',
      "fdl simulate: warning: tasks.notify[1]: the succeed value is not used: notify is a send to MNS, whose result is the message's id.",
      'fdl simulate: warning: tasks.notify[1]: after is not used: notify is a send to MNS, which answers at once.',
      'fdl simulate: warning: tasks.Nobody: the flow has no task step named Nobody; these outcomes are not used.',
    ])
    // A fail on the seed's callback task is the worker's report, which applies: no warning
    const ok = await simulate(['flow.yaml', '--scenario', 's.yaml'], { 'flow.yaml': callback, 's.yaml': 'tasks:\n  Task_1:\n    - fail: {error: E, cause: c}\n' })
    expect(ok.err).toBe('')
  })

  it('prints a readable summary and timeline without --json', async () => {
    const r = await simulate(['flow.yaml'], { 'flow.yaml': callback })
    expect(r.out).toMatch(/^flow\.yaml: Succeeded after 1 s of virtual time \(10 events\)\n/)
    expect(r.out).toContain('     0.000  TaskSubmitted      Task_1')
    expect(r.out).toContain('     1.000  TaskSucceeded      Task_1')
    expect(r.out).toMatch(/fnf-demo {2}[0-9A-F]{32} {2}priority 1 {2}received 1x {2}deleted/)
  })

  it('lists the queue and worker calls with their answers, e.g. a second report', async () => {
    const r = await simulate(['flow.yaml', '--scenario', 's.yaml'], { 'flow.yaml': callback, 's.yaml': 'worker: {reportTwice: true}\n' })
    expect(r.out).toContain('queue and worker calls\n     0.000  SendMessage         workflow   fnf-demo        OK\n')
    expect(r.out).toContain('     1.000  ReportTaskSucceeded worker     fnf-demo        TaskAlreadyCompleted\n')
  })

  it('reads the scenario, takes --input (inline or @file) over it, and exits 1 when the execution fails', async () => {
    const flow = 'version: v1\ntype: flow\nsteps:\n  - type: task\n    name: t\n    resourceArn: acs:fc:::services/s/functions/f\n    inputMappings: [{target: id, source: $input.jobId}]\n'
    const scenario = 'input: {jobId: "1"}\ntasks:\n  t:\n    - fail: {error: WorkerError, cause: disk full}\n      after: 2\n'
    const r = await simulate(['flow.yaml', '--scenario', 's.yaml', '--json'], { 'flow.yaml': flow, 's.yaml': scenario })
    expect(r.code).toBe(1)
    const result = JSON.parse(r.out) as { status: string; error: string; events: { eventDetail: Record<string, unknown> }[] }
    expect(result).toMatchObject({ status: 'Failed', error: 'WorkerError', cause: 'disk full', endTime: '2026-01-01T00:00:02.000Z' })
    expect(result.events[0]!.eventDetail).toEqual({ input: { jobId: '1' } })
    const inline = JSON.parse((await simulate(['flow.yaml', '--scenario=s.yaml', '--input', '{"jobId":"2"}', '--json'], { 'flow.yaml': flow, 's.yaml': scenario })).out)
    expect(inline.events[0].eventDetail).toEqual({ input: { jobId: '2' } })
    const file = JSON.parse((await simulate(['flow.yaml', '--input', '@in.json', '--json'], { 'flow.yaml': flow, 'in.json': '{"jobId":"3"}' })).out)
    expect(file.events[2]).toMatchObject({ type: 'StepStarted', eventDetail: { input: { id: '3' } } })
  })

  it('runs child flows named in the scenario, relative to the scenario file', async () => {
    const parent = 'version: v1\ntype: flow\nsteps:\n  - type: task\n    name: call\n    resourceArn: acs:fnf:::flow/child\n    pattern: sync\n'
    const child = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n    outputMappings: [{target: fromChild, source: 1}]\n'
    const r = await simulate(['flow.yaml', '--scenario', 'sc/s.yaml'], { 'flow.yaml': parent, 'sc/s.yaml': 'flows:\n  child: ../child.yaml\n', 'child.yaml': child })
    expect(r.code).toBe(0)
    expect(r.out).toContain('output: {"fromChild":1}')
    expect(r.out).toMatch(/child executions\n {2}\S+ \(flow child\): Succeeded, 6 events/)
  })

  it.each([
    [['flow.yaml', '--bogus'], 'unknown option --bogus'],
    [[], 'no FILE given'],
    [['flow.yaml', '--input'], '--input needs a value'],
    [['flow.yaml', '--input', '{nope'], '--input is not valid JSON'],
    [['flow.yaml', '--input', '[1]'], 'must be a JSON object'],
    [['missing.yaml'], 'fdl: cannot read missing.yaml: no such file'],
    [['flow.yaml', '--scenario', 'bad.yaml'], 'bad.yaml: worker.visibilityTimeout: must be a number from 1 to 43200'],
    [['flow.yaml', '--scenario', 'kids.yaml'], 'fdl: cannot read'],
  ])('exits 2 on a usage problem: %j', async (args, message) => {
    const r = await simulate(args, { 'flow.yaml': callback, 'bad.yaml': 'worker: {visibilityTimeout: 0}\n', 'kids.yaml': 'flows: {c: nowhere.yaml}\n' })
    expect(r.code).toBe(2)
    expect(r.err).toContain(message)
    expect(r.out).toBe('')
  })

  it('exits 2 on a flow with validation errors, listing them', async () => {
    const r = await simulate(['bad.yaml'], { 'bad.yaml': 'version: v1\ntype: flow\nsteps:\n  - type: choice\n    name: c\n    choices:\n      - condition: $.a == 1\n        goto: nowhere\n' })
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^bad\.yaml:\d+:\d+: error /m)
    expect(r.err).toContain('fix it first')
  })
})
