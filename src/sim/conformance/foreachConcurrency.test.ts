import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../engine/runLoop.ts'

const flow = parseFdl(`version: v1
type: flow
steps:
  - type: foreach
    name: each
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: task
        name: work
        resourceArn: acs:fc:::services/s/functions/work
        inputMappings:
          - target: item
            source: $input.item
    outputMappings:
      - target: count
        source: $local[*].n
`).flow!

describe('foreach concurrency (REFERENCE §2.8, §8)', () => {
  it('runs 250 items with at most 100 iterations at once, the rest starting as others end', () => {
    // given 250 items and a function that takes 1 s
    const items = Array.from({ length: 250 }, (_, i) => i)
    const sim = createSimulation({ flow, input: { items } })
    // when it runs
    sim.run()
    const trace = sim.trace()
    const exec = trace.executions[0]!
    // then no more than 100 iterations are ever open, and 100 are open at the start
    let open = 0
    let max = 0
    const enteredAt = new Map<number, number>()
    exec.events.forEach((e, i) => {
      if (e.type === 'IterationEntered') {
        open++
        max = Math.max(max, open)
        const t = (exec.eventTimes[i]! - trace.startTime) / 1000
        enteredAt.set(t, (enteredAt.get(t) ?? 0) + 1)
      }
      if (e.type === 'IterationExited') open--
    })
    expect(max).toBe(100)
    // and the waves start at 0 s, 1 s and 2 s; the step ends at 3 s with every iteration in order
    expect([...enteredAt.entries()]).toEqual([[0, 100], [1, 100], [2, 50]])
    expect(sim.result()).toMatchObject({ status: 'Succeeded', endTime: '2026-01-01T00:00:03.000Z' })
    const iterations = exec.events.filter((e) => e.type === 'IterationEntered').map((e) => e.eventDetail.index)
    expect(iterations).toEqual(items)
  })
})
