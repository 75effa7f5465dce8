import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

const flow = parseFdl(`version: v1
type: flow
steps:
  - type: task
    name: notify
    resourceArn: acs:mns:::/queues/jobs/messages
    serviceParams:
      MessageBody: $
    retry:
      - errors: [MNS.QueueNotExist]
        intervalSeconds: 2
        maxAttempts: 1
    catch:
      - errors: [MNS.QueueNotExist]
        goto: fallback
  - type: succeed
    name: sent
  - type: pass
    name: fallback
`).flow!

describe('scenario outcomes of an MNS requestResponse send', () => {
  it('`fail` makes the send fail (TaskSubmitFailed, no message): retry waits its interval, then catch takes over', () => {
    const fail = { fail: { error: 'MNS.QueueNotExist', cause: 'The queue you provided does not exist.' } }
    const sim = createSimulation({ flow, scenario: readScenario({ tasks: { notify: [fail] } }).scenario })
    sim.run()
    const r = sim.result()
    const task = r.events.filter((e) => e.stepName === 'notify' && e.type.startsWith('Task'))
    expect(task.map((e) => e.type)).toEqual(['TaskScheduled', 'TaskStarted', 'TaskSubmitFailed', 'TaskScheduled', 'TaskStarted', 'TaskSubmitFailed'])
    expect(task[2]!.eventDetail).toMatchObject({ error: 'MNS.QueueNotExist', cause: 'The queue you provided does not exist.' })
    // the retry came after its 2 s interval
    expect(Date.parse(task[3]!.time) - Date.parse(task[2]!.time)).toBe(2000)
    expect(r.messages).toHaveLength(0)
    expect(r.events.some((e) => e.type === 'StepEntered' && e.stepName === 'fallback')).toBe(true)
    expect(r.status).toBe('Succeeded')
  })

  it('a `fail` then `succeed`: the retry sends the message and the flow goes on', () => {
    const fail = { fail: { error: 'MNS.QueueNotExist', cause: 'not yet' } }
    const sim = createSimulation({ flow, scenario: readScenario({ tasks: { notify: [fail, { succeed: {} }] } }).scenario })
    sim.run()
    const r = sim.result()
    expect(r.messages).toHaveLength(1)
    expect(r.events.some((e) => e.type === 'StepEntered' && e.stepName === 'sent')).toBe(true)
    expect(r.events.some((e) => e.stepName === 'fallback')).toBe(false)
  })
})
