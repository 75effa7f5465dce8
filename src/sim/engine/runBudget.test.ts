import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { memoryIo } from '../../cli/io.ts'
import { runCli } from '../../cli/runCli.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { createSimulation } from './runLoop.ts'

const flowOf = (text: string) => parseFdl(text).flow!
const LOOP = 'version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: a\n  - type: choice\n    name: c\n    choices:\n      - condition: $.x == 1\n        goto: a\n    default:\n      goto: a\n'
/** Ten child flows at once, each a goto loop that runs to its own 5,000-event limit: 50,000 events in all. */
const FAN_OUT = `version: v1
type: flow
steps:
  - type: foreach
    name: each
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: task
        name: spin
        resourceArn: acs:fnf:::flow/loop
        pattern: sync
        serviceParams:
          Input: $
`

describe('the simulator keeps its memory bounded', () => {
  it('refuses maxEvents: 100000000 with a message instead of running out of memory', () => {
    const { errors } = readScenario({ options: { maxEvents: 100_000_000 } })
    expect(errors).toEqual(['options.maxEvents: must be a whole number from 1 to 1000000'])
  })

  it('fdl simulate says so and exits 2 at once', async () => {
    const io = memoryIo({ 'loop.yaml': LOOP, 'big.yaml': 'options:\n  maxEvents: 100000000\n' })
    expect(await runCli(['simulate', 'loop.yaml', '--scenario', 'big.yaml'], io)).toBe(2)
    expect(io.err).toBe('big.yaml: options.maxEvents: must be a whole number from 1 to 1000000\n')
  })

  it('gives every option that costs memory or time an upper bound', () => {
    const over = { maxExecutions: 10_001, maxRunEvents: 1_000_001, foreachConcurrency: 10_001, stepDataLimitBytes: 1_048_577, defaultFlowTimeoutSeconds: 31_536_001, defaultTaskTimeoutSeconds: 31_536_001, defaultTaskDurationSeconds: 31_536_001, drainSeconds: 31_536_001 }
    const { errors } = readScenario({ options: over })
    expect(errors).toHaveLength(Object.keys(over).length)
    expect(errors).toContain('options.stepDataLimitBytes: must be a whole number from 1 to 1048576')
    expect(errors).toContain('options.defaultTaskTimeoutSeconds: must be a number greater than 0 and at most 31536000, or null')
  })

  it('stops a run that reaches its budget of events across all executions, saying why', () => {
    const scenario = readScenario({ input: { items: Array.from({ length: 10 }, (_, i) => i) }, options: { maxRunEvents: 20_000 } }).scenario
    const sim = createSimulation({ flow: flowOf(FAN_OUT), scenario, childFlows: { loop: flowOf(LOOP) } })
    sim.run()
    const r = sim.result()
    expect(r).toMatchObject({ status: 'Failed', error: 'Simulator.RunLimitExceeded' })
    expect(r.cause).toBe('The simulation reached its limit of 20000 history events and worker calls across all executions (maxRunEvents), which keeps its memory bounded; look for a loop that never ends.')
    const total = sim.trace().executions.reduce((n, e) => n + e.events.length, 0) + sim.trace().actions.length
    expect(total).toBeGreaterThanOrEqual(20_000)
    expect(total).toBeLessThan(20_000 + 100)
    expect(sim.trace().executions.every((e) => e.status !== 'Running')).toBe(true)
  })
})
