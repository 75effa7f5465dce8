import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../engine/runLoop.ts'
import { readScenario } from '../scenario/readScenario.ts'

/** A callback task, a wait of `gap` seconds, another callback task on the same queue. */
const flow = (gap: number) =>
  parseFdl(`version: v1
type: flow
steps:
  - type: task
    name: first
    resourceArn: acs:mns:::/queues/jobs/messages
    pattern: waitForCallback
    inputMappings:
      - target: task_token
        source: $context.task.token
    serviceParams:
      MessageBody: $
  - type: wait
    name: gap
    duration: ${gap}
  - type: task
    name: second
    resourceArn: acs:mns:::/queues/jobs/messages
    pattern: waitForCallback
    inputMappings:
      - target: task_token
        source: $context.task.token
    serviceParams:
      MessageBody: $
`).flow!

function run(gap: number, worker: Record<string, unknown>) {
  const sim = createSimulation({ flow: flow(gap), scenario: readScenario({ startTime: '2026-01-01T00:00:00Z', worker }).scenario })
  sim.run()
  const t0 = Date.parse('2026-01-01T00:00:00Z')
  const receives = sim.state.actions.filter((a) => a.kind === 'ReceiveMessage').map((a) => `${(a.since - t0) / 1000}-${(a.time - t0) / 1000} ${a.result}`)
  return { sim, receives, end: (sim.state.now - t0) / 1000 }
}

describe('the simulated worker polls as a worker does', () => {
  it('each long poll lasts receiveWaitSeconds and ends MessageNotExist; the poll that gets the message started when the last one ended', () => {
    const { receives } = run(25, { receiveWaitSeconds: 10 })
    expect(receives).toEqual(['0-0 OK', '1-11 MessageNotExist', '11-21 MessageNotExist', '21-26 OK'])
  })

  it('waits up to 30 s, as MNS allows', () => {
    expect(run(65, { receiveWaitSeconds: 30 }).receives).toEqual(['0-0 OK', '1-31 MessageNotExist', '31-61 MessageNotExist', '61-66 OK'])
  })

  it('short-polls once a second with receiveWaitSeconds 0, instead of asking without end at one instant', () => {
    const { receives } = run(3, { receiveWaitSeconds: 0 })
    expect(receives).toEqual(['0-0 OK', '1-2 MessageNotExist', '2-3 MessageNotExist', '3-4 OK'])
  })

  it('stops polling when the run is over: no empty poll after the end, with several slots, and the clock stops there', () => {
    const { sim, receives, end } = run(25, { receiveWaitSeconds: 10, concurrency: 3 })
    expect(sim.status).toBe('Succeeded')
    expect(end).toBe(27)
    expect(receives.filter((r) => r.endsWith('OK'))).toHaveLength(2)
    expect(receives.every((r) => Number(r.split(' ')[0]!.split('-')[1]) <= 27)).toBe(true)
  })
})
