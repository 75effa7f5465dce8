import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

const T0 = Date.UTC(2026, 0, 1)
const flowOf = (text: string) => parseFdl(text).flow!
const example = (name: string) => flowOf(readFileSync(`public/examples/${name}.yaml`, 'utf8'))
const manual = readScenario({ worker: { manual: true } }).scenario

describe('the mns-callback example', () => {
  it('sends one message with the token, waits for the report, then the worker deletes it', () => {
    // given the seed example and the default scenario
    const sim = createSimulation({ flow: example('mns-callback') })
    // when it runs to the end
    sim.run()
    const r = sim.result()
    // then it succeeded after the worker's 1 s, with one deleted message carrying the token and the constant
    expect(r.status).toBe('Succeeded')
    expect(r.endTime).toBe('2026-01-01T00:00:01.000Z')
    expect(r.messages).toHaveLength(1)
    const body = JSON.parse(r.messages[0]!.body) as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['task_token', 'key'])
    expect(body.key).toBe('value')
    expect(r.messages[0]).toMatchObject({ queue: 'fnf-demo', priority: 1, dequeueCount: 1, deleted: true })
    const task = r.events.filter((e) => e.stepName === 'Task_1' && e.type.startsWith('Task')).map((e) => e.type)
    expect(task).toEqual(['TaskScheduled', 'TaskStarted', 'TaskSubmitted', 'TaskSucceeded'])
    expect(r.events.find((e) => e.type === 'TaskSubmitted')?.eventDetail.taskToken).toBe(body.task_token)
  })

  it('issues an opaque token shaped like the service: base64 of v1#flow#execution#eventId#signature', () => {
    const sim = createSimulation({ flow: example('mns-callback'), scenario: readScenario({ executionName: 'exec-1', flowName: 'demo' }).scenario })
    sim.run()
    const token = String(JSON.parse(sim.result().messages[0]!.body).task_token)
    const parts = Buffer.from(token, 'base64').toString('utf8').split('#')
    // the event id is the step's StepEntered, as in the documented token of a flow whose first step is the task (§6.5)
    expect(parts.slice(0, 4)).toEqual(['v1', 'demo', 'exec-1', '2'])
    expect(sim.result().events[1]).toMatchObject({ eventId: 2, type: 'StepEntered', stepName: 'Task_1' })
  })
})

describe('the manual worker', () => {
  it('takes the same path as the simulated worker: the same calls at the same times give the same history and queue actions', () => {
    // given the seed example run once with the simulated worker (it takes 1 s per message)
    const auto = createSimulation({ flow: example('mns-callback') })
    auto.run()
    const output = JSON.stringify(auto.result().events.find((e) => e.type === 'TaskSucceeded')!.eventDetail.output)
    // when a person makes the worker's calls at the worker's times: receive at once, report and delete 1 s later
    const person = createSimulation({ flow: example('mns-callback'), scenario: manual })
    person.runUntil(T0)
    const got = person.receiveMessage('fnf-demo', 0)
    if (got.status !== 'received') throw new Error(`no message: ${got.status}`)
    person.runUntil(T0 + 1000)
    const token = (JSON.parse(got.message.MessageBody) as { task_token: string }).task_token
    expect(person.reportTaskSucceeded(token, output)).toMatchObject({ ok: true })
    expect(person.deleteMessage('fnf-demo', got.message.ReceiptHandle)).toMatchObject({ ok: true })
    person.run()
    // then the execution's events are the same, and so are the queue's actions but for who made them (the
    // simulated worker also names the message a report came from, for the swimlane)
    expect(person.result().events).toEqual(auto.result().events)
    const calls = (sim: typeof auto) =>
      sim.trace().actions.map((a) => ({ ...a, actor: a.actor === 'workflow' ? a.actor : 'caller', ...(a.kind.startsWith('Report') ? { queue: '', messageId: '' } : {}) }))
    expect(calls(person)).toEqual(calls(auto))
    expect(auto.trace().actions.filter((a) => a.actor === 'worker').map((a) => `${a.kind} ${a.result}`)).toEqual(['ReceiveMessage OK', 'ReportTaskSucceeded OK', 'DeleteMessage OK'])
  })

  it('sees the three messages of mns-three-tasks one at a time, each after the previous report', () => {
    // given three serial callback tasks and a person playing the worker
    const sim = createSimulation({ flow: example('mns-three-tasks'), scenario: manual })
    sim.runUntil(T0)
    for (const key of ['value_1', 'value_2', 'value_3']) {
      // when the person receives
      const got = sim.receiveMessage('fnf-demo', 0)
      // then there is exactly one message, for the current task
      expect(got.status).toBe('received')
      if (got.status !== 'received') return
      const body = JSON.parse(got.message.MessageBody) as { task_token: string; key: string }
      expect(body.key).toBe(key)
      expect(sim.receiveMessage('fnf-demo', 0).status).toBe('empty')
      // and reporting success lets the flow go on, and the delete succeeds
      expect(sim.reportTaskSucceeded(body.task_token, '{"done":true}')).toMatchObject({ ok: true })
      expect(sim.deleteMessage('fnf-demo', got.message.ReceiptHandle)).toMatchObject({ ok: true })
    }
    expect(sim.status).toBe('Succeeded')
  })

  it('answers TaskAlreadyCompleted to a second report, InvalidArgument to an unknown token or a malformed Output', () => {
    const sim = createSimulation({ flow: example('mns-callback'), scenario: manual })
    sim.runUntil(T0)
    const got = sim.receiveMessage('fnf-demo', 0)
    if (got.status !== 'received') throw new Error('no message')
    const token = String(JSON.parse(got.message.MessageBody).task_token)
    expect(sim.reportTaskSucceeded('not-a-token', '{}')).toMatchObject({ ok: false, code: 'InvalidArgument' })
    expect(sim.reportTaskSucceeded(token, '{not json')).toMatchObject({ ok: false, code: 'InvalidArgument' })
    expect(sim.reportTaskSucceeded(token, '[1,2]')).toMatchObject({ ok: false, code: 'InvalidArgument' })
    expect(sim.status).toBe('Running')
    const first = sim.reportTaskSucceeded(token, '{"a":1}')
    expect(first).toMatchObject({ ok: true, eventId: 7 })
    expect(sim.result().events[6]).toMatchObject({ eventId: 7, type: 'TaskSucceeded' })
    expect(sim.reportTaskFailed(token, 'Late', 'too late')).toMatchObject({ ok: false, code: 'TaskAlreadyCompleted' })
    expect(sim.result()).toMatchObject({ status: 'Succeeded', output: { a: 1 } })
    const reports = sim.trace().actions.filter((a) => a.kind.startsWith('Report')).map((a) => a.result)
    expect(reports).toEqual(['InvalidArgument', 'InvalidArgument', 'InvalidArgument', 'OK', 'TaskAlreadyCompleted'])
  })

  it('lets the visibility timeout lapse: the message comes back with a new handle and the old one no longer deletes', () => {
    const sim = createSimulation({ flow: example('mns-callback'), scenario: readScenario({ worker: { manual: true, visibilityTimeout: 30 } }).scenario })
    sim.runUntil(T0)
    const first = sim.receiveMessage('fnf-demo', 0)
    if (first.status !== 'received') throw new Error('no message')
    sim.runUntil(T0 + 29_000)
    expect(sim.receiveMessage('fnf-demo', 0).status).toBe('empty')
    sim.runUntil(T0 + 30_000)
    const again = sim.receiveMessage('fnf-demo', 0)
    expect(again).toMatchObject({ status: 'received', message: { DequeueCount: 2, MessageId: first.message.MessageId } })
    expect(sim.deleteMessage('fnf-demo', first.message.ReceiptHandle)).toMatchObject({ ok: false, code: 'MessageNotExist' })
    expect(sim.deleteMessage('fnf-demo', 'bogus')).toMatchObject({ ok: false, code: 'ReceiptHandleError' })
  })

  it('holds a long poll until a message arrives, or ends it with MessageNotExist', () => {
    const flow = flowOf('version: v1\ntype: flow\nsteps:\n  - {type: wait, name: w, duration: 5}\n  - type: task\n    name: send\n    resourceArn: acs:mns:::/queues/q/messages\n    serviceParams: {MessageBody: hi}\n')
    const sim = createSimulation({ flow, scenario: manual })
    const poll = sim.receiveMessage('q', 3)
    expect(poll).toMatchObject({ status: 'waiting', until: T0 + 3000 })
    sim.runUntil(T0 + 3000)
    expect(sim.poll(poll.pollId)).toMatchObject({ status: 'empty', code: 'MessageNotExist' })
    const second = sim.receiveMessage('q', 10)
    sim.runUntil(T0 + 6000)
    expect(sim.poll(second.pollId)).toMatchObject({ status: 'received', message: { MessageBody: 'hi', EnqueueTime: T0 + 5000 } })
    const receive = sim.trace().actions.filter((a) => a.kind === 'ReceiveMessage').map((a) => [a.since - T0, a.time - T0, a.result])
    expect(receive).toEqual([[0, 3000, 'MessageNotExist'], [3000, 5000, 'OK']])
  })

})

describe('MNS priority', () => {
  it('hands out waiting messages by priority (1 first), then send order', () => {
    // given four messages sent at once with priorities 8, 16, 1, 4, to a queue a person reads
    const branch = (p: number) => `    - steps:\n      - type: task\n        name: p${p}\n        resourceArn: acs:mns:::/queues/q/messages\n        serviceParams: {MessageBody: m${p}, Priority: ${p}}\n`
    const flow = flowOf(`version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: send\n    branches:\n${[8, 16, 1, 4].map(branch).join('')}`)
    const sim = createSimulation({ flow, scenario: manual })
    sim.run()
    // when the person receives four times
    const bodies = [1, 2, 3, 4].map(() => {
      const r = sim.receiveMessage('q', 0)
      return r.status === 'received' ? r.message.MessageBody : null
    })
    // then the order is by priority
    expect(bodies).toEqual(['m1', 'm4', 'm8', 'm16'])
  })

  it('lets the simulated worker take the highest priority next once it is free', () => {
    const branch = (p: number) => `    - steps:\n      - type: task\n        name: p${p}\n        resourceArn: acs:mns:::/queues/q/messages\n        serviceParams: {MessageBody: m${p}, Priority: ${p}}\n`
    const flow = flowOf(`version: v1\ntype: flow\nsteps:\n  - type: parallel\n    name: send\n    branches:\n${[8, 16, 1, 4].map(branch).join('')}`)
    const sim = createSimulation({ flow })
    sim.run()
    const t = sim.trace()
    const order = t.actions.filter((a) => a.kind === 'ReceiveMessage').map((a) => [(a.time - T0) / 1000, t.messages.find((m) => m.messageId === a.messageId)!.body])
    expect(order).toEqual([[0, 'm8'], [1, 'm1'], [2, 'm4'], [3, 'm16']])
  })
})

describe('interactive control', () => {
  it('runs up to a virtual time and tells when the next thing happens', () => {
    const sim = createSimulation({ flow: example('mns-three-tasks') })
    expect(sim.result().events.map((e) => e.type)).toEqual(['ExecutionStarted'])
    sim.runUntil(T0)
    expect(sim.result().events.map((e) => e.type)).toEqual(['ExecutionStarted', 'StepEntered', 'StepStarted', 'TaskScheduled', 'TaskStarted', 'TaskSubmitted'])
    expect(sim.trace().actions.map((a) => a.kind)).toEqual(['SendMessage', 'ReceiveMessage'])
    expect(sim.nextEventTime()).toBe(T0 + 1000)
    sim.runUntil(T0 + 1500)
    expect(sim.now).toBe(T0 + 1500)
    expect(sim.result().events.filter((e) => e.type === 'TaskSucceeded')).toHaveLength(1)
    expect(sim.nextEventTime()).toBe(T0 + 2000)
    expect(sim.run()).toBe(true)
    expect(sim.status).toBe('Succeeded')
    expect(sim.nextEventTime()).toBeNull()
  })

  it('times a manual waitForCallback task out only when its execution times out (a year by default)', () => {
    const sim = createSimulation({ flow: example('mns-callback'), scenario: manual })
    sim.run()
    expect(sim.status).toBe('TimedOut')
    expect(sim.now).toBe(T0 + 31_536_000_000)
  })

  it('runs in slices of work, as the page does between frames, to the same end as one run', () => {
    const whole = createSimulation({ flow: example('mns-three-tasks') })
    whole.run()
    const sliced = createSimulation({ flow: example('mns-three-tasks') })
    let slices = 0
    while (!sliced.run(1)) {
      slices++
      // Each slice stops with work left (the worker's last delete comes after the execution ended).
      expect(sliced.nextEventTime()).not.toBeNull()
    }
    expect(slices).toBeGreaterThan(1)
    expect(sliced.status).toBe('Succeeded')
    expect(JSON.stringify({ r: sliced.result(), a: sliced.trace().actions })).toBe(JSON.stringify({ r: whole.result(), a: whole.trace().actions }))
  })

  it('is deterministic: same setup, same trace; another seed, other ids', () => {
    const run = (seed: number) => {
      const sim = createSimulation({ flow: example('mns-three-tasks'), scenario: readScenario({ seed }).scenario })
      sim.run()
      return JSON.stringify({ r: sim.result(), a: sim.trace().actions })
    }
    expect(run(7)).toBe(run(7))
    expect(run(7)).not.toBe(run(8))
  })
})

describe('state as data', () => {
  it('survives structuredClone (a Web Worker post) and carries on identically from the copy', () => {
    const flow = example('mns-three-tasks')
    const straight = createSimulation({ flow })
    straight.run()
    const first = createSimulation({ flow })
    first.runUntil(T0 + 1500)
    const copy = createSimulation({ flow }, structuredClone(first.state))
    copy.run()
    expect(JSON.stringify(copy.result())).toBe(JSON.stringify(straight.result()))
    expect(JSON.stringify(copy.trace().actions)).toBe(JSON.stringify(straight.trace().actions))
  })
})
