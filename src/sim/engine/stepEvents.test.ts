import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

const flow = parseFdl(`version: v1
type: flow
steps:
  - type: pass
    name: first
  - type: task
    name: dispatch
    resourceArn: acs:mns:::/queues/jobs/messages
    pattern: waitForCallback
    timeoutSeconds: 5
    inputMappings:
      - target: token
        source: $context.task.token
      - target: eventId
        source: $context.step.eventId
    serviceParams:
      MessageBody: $
    retry:
      - errors: [FnF.TaskTimeout]
        intervalSeconds: 1
        maxAttempts: 1
`).flow!

describe('$context.step.eventId and the task token', () => {
  it('are the StepEntered id of the step on every attempt; each attempt still gets a token of its own', () => {
    // given a callback task after a pass step whose first attempt times out and whose retry succeeds
    const scenario = readScenario({ executionName: 'run-1', flowName: 'demo', tasks: { dispatch: [{ timeout: true }, { succeed: {} }] } }).scenario
    const sim = createSimulation({ flow, scenario })
    // when it runs to the end
    sim.run()
    const r = sim.result()
    expect(r.status).toBe('Succeeded')
    // then the step entered once, with event 6 (the pass wrote 2-5)
    const entered = r.events.filter((e) => e.type === 'StepEntered' && e.stepName === 'dispatch')
    expect(entered.map((e) => e.eventId)).toEqual([6])
    // and both messages (one per attempt) carry eventId 6 and a token embedding 6, the two tokens different
    const bodies = r.messages.map((m) => JSON.parse(m.body) as { token: string; eventId: number })
    expect(bodies.map((b) => b.eventId)).toEqual([6, 6])
    const parts = bodies.map((b) => Buffer.from(b.token, 'base64').toString('utf8').split('#'))
    expect(parts.map((p) => p.slice(0, 4))).toEqual([['v1', 'demo', 'run-1', '6'], ['v1', 'demo', 'run-1', '6']])
    expect(bodies[0]!.token).not.toBe(bodies[1]!.token)
    // and the attempts are TaskScheduled 8 (after StepStarted 7) and 12 (after TaskStarted, TaskSubmitted, TaskTimedOut)
    const scheduled = r.events.filter((e) => e.type === 'TaskScheduled').map((e) => [e.eventId, e.scheduleEventId, e.eventDetail.attempt])
    expect(scheduled).toEqual([[8, 7, 1], [12, 11, 2]])
  })
})
