import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

const T0 = Date.UTC(2026, 0, 1)
const flowOf = (text: string) => parseFdl(text).flow!
const manual = readScenario({ worker: { manual: true } }).scenario
const callback = flowOf(readFileSync('public/examples/mns-callback.yaml', 'utf8'))
const parent = flowOf('version: v1\ntype: flow\nsteps:\n  - type: task\n    name: audit\n    resourceArn: acs:fnf:::flow/child\n    pattern: sync\n')
const child = flowOf('version: v1\ntype: flow\nsteps:\n  - {type: wait, name: think, duration: 10}\n  - {type: pass, name: decide}\n')

describe('StopExecution', () => {
  it('ends a waiting execution with ExecutionStopped and status Stopped; its token no longer reports', () => {
    // given the callback example waiting for a person to report the token of the message it sent
    const sim = createSimulation({ flow: callback, scenario: manual })
    sim.runUntil(T0 + 2000)
    const got = sim.receiveMessage('fnf-demo', 0)
    if (got.status !== 'received') throw new Error('no message')
    const token = String(JSON.parse(got.message.MessageBody).task_token)
    // when it is stopped with an error and a cause
    const answer = sim.stopExecution(0, 'Operator.Abort', 'stopped by hand')
    // then the answer is a success, the status Stopped, and the history ends with ExecutionStopped at that time
    expect(answer).toMatchObject({ ok: true })
    expect(sim.status).toBe('Stopped')
    const r = sim.result()
    expect(r).toMatchObject({ status: 'Stopped', error: 'Operator.Abort', cause: 'stopped by hand', endTime: '2026-01-01T00:00:02.000Z' })
    expect(r.events.at(-1)).toMatchObject({ type: 'ExecutionStopped', eventDetail: { error: 'Operator.Abort', cause: 'stopped by hand' } })
    // and the token of the cancelled task answers as a completed task, adding nothing to the history
    const count = r.events.length
    expect(sim.reportTaskSucceeded(token, '{}')).toMatchObject({ ok: false, code: 'TaskAlreadyCompleted' })
    sim.run()
    expect(sim.result().events).toHaveLength(count)
    expect(sim.status).toBe('Stopped')
  })

  it('cancels a pending wait: nothing of the stopped execution happens later', () => {
    const sim = createSimulation({ flow: flowOf('version: v1\ntype: flow\nsteps:\n  - {type: wait, name: w, duration: 60}\n  - {type: pass, name: after}\n') })
    sim.runUntil(T0 + 10_000)
    expect(sim.stopExecution(0, '', '')).toMatchObject({ ok: true })
    sim.run()
    const types = sim.result().events.map((e) => `${e.type} ${e.stepName}`.trim())
    expect(types.at(-1)).toBe('ExecutionStopped')
    expect(types).not.toContain('StepEntered after')
    expect(sim.now).toBeLessThan(T0 + 60_000)
  })

  it('answers the service errors for an ended or unknown execution and for over-long Error / Cause, changing nothing', () => {
    const sim = createSimulation({ flow: callback, scenario: manual })
    sim.runUntil(T0)
    expect(sim.stopExecution(3, 'E', 'c')).toMatchObject({ ok: false, code: 'ExecutionNotExists' })
    expect(sim.stopExecution(0, 'E'.repeat(129), 'c')).toMatchObject({ ok: false, code: 'InvalidArgument' })
    expect(sim.stopExecution(0, 'E', 'c'.repeat(4097))).toMatchObject({ ok: false, code: 'InvalidArgument' })
    expect(sim.status).toBe('Running')
    expect(sim.stopExecution(0, 'E', 'c')).toMatchObject({ ok: true })
    const again = sim.stopExecution(0, 'E', 'c')
    expect(again).toMatchObject({ ok: false, code: 'ExecutionAlreadyCompleted' })
    if (!again.ok) expect(again.message).toMatch(/has already completed/)
    expect(sim.result().events.filter((e) => e.type === 'ExecutionStopped')).toHaveLength(1)
  })

  it('stops the child executions of a stopped parent with the same error and cause', () => {
    const sim = createSimulation({ flow: parent, childFlows: { child } })
    sim.runUntil(T0 + 5000)
    expect(sim.state.executions[1]?.status).toBe('Running')
    sim.stopExecution(0, 'Abort', 'parent stopped')
    sim.run()
    const [root, kid] = sim.trace().executions
    expect([root!.status, kid!.status]).toEqual(['Stopped', 'Stopped'])
    expect(kid!.events.at(-1)).toMatchObject({ type: 'ExecutionStopped', eventDetail: { error: 'Abort', cause: 'parent stopped' } })
    expect(kid!.events.map((e) => e.stepName)).not.toContain('decide')
  })

  it('fails the sync task of the parent when only the child is stopped', () => {
    const sim = createSimulation({ flow: parent, childFlows: { child } })
    sim.runUntil(T0 + 5000)
    sim.stopExecution(1, 'Child.Stopped', 'no longer needed')
    sim.run()
    expect(sim.trace().executions[1]!.status).toBe('Stopped')
    expect(sim.result()).toMatchObject({ status: 'Failed', error: 'Child.Stopped', cause: 'no longer needed' })
    expect(sim.result().events.find((e) => e.type === 'TaskFailed')?.eventDetail).toEqual({ error: 'Child.Stopped', cause: 'no longer needed' })
  })
})
