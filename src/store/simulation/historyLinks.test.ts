import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../../sim/engine/runLoop.ts'
import { readScenario } from '../../sim/scenario/readScenario.ts'
import { applyDelta } from './SimTrace.ts'
import { createDeltaTracker } from './createDeltaTracker.ts'
import { createTraceIndex, indexTrace } from './TraceIndex.ts'
import { flattenRows } from './timelineRows.ts'
import type { SimTrace } from './SimTrace.ts'

const FLOW = `version: v1
type: flow
steps:
  - type: task
    name: job
    resourceArn: acs:fc:::services/s/functions/job
    retry:
      - errors: [Busy]
        intervalSeconds: 1
        maxAttempts: 1
  - type: parallel
    name: fan
    branches:
      - steps:
          - type: pass
            name: left
      - steps:
          - type: choice
            name: pick
            choices:
              - condition: $.go == true
                steps:
                  - type: wait
                    name: nap
                    duration: 2
  - type: foreach
    name: each
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: pass
        name: body
`

/** The timeline (rows with their spans: outcome, parent row, attempts) as the view builds it from the history. */
function timeline(options: Record<string, string>) {
  const scenario = readScenario({ options, input: { go: true, items: [1, 2] }, tasks: { job: [{ fail: { error: 'Busy' } }, { succeed: {} }] } }).scenario
  const sim = createSimulation({ flow: parseFdl(FLOW).flow!, scenario })
  const start = sim.state.executions[0]!.startTime
  const trace: SimTrace = { version: 0, now: start, startTime: start, done: false, blocked: false, executions: [], messages: [], actions: [], tokens: new Map() }
  const tracker = createDeltaTracker()
  while (!sim.run(5)) applyDelta(trace, tracker.collect(sim, false, false))
  applyDelta(trace, tracker.collect(sim, true, false))
  const index = indexTrace(createTraceIndex(), trace)
  return Array.from(flattenRows(index, new Set()), (id) => {
    const row = index.rows[id]!
    const spans = row.spans.map((id) => index.spans[id]!)
    return `${'  '.repeat(row.depth)}${row.label}: ${spans.map((s) => `${s.outcome} ${(s.end - start) / 1000}s${s.attempts.length ? ` ×${s.attempts.length}` : ''}`).join(', ')}`
  })
}

describe('timeline rows from the history', () => {
  it('nest steps, branches and iterations the same whichever way the events are linked (history options)', () => {
    // given the same run (a task failing once, 1 s each try, 1 s back-off; a parallel; a foreach) recorded with the
    // default links and with the alternative ones
    const byDefault = timeline({})
    const alternative = timeline({ stepEnteredSchedule: 'scope', taskEventSchedule: 'scheduled', stepEventLocal: 'step' })
    // then the timeline is the same, and it is what happened
    expect(alternative).toEqual(byDefault)
    expect(byDefault).toEqual([
      'job: succeeded 3s ×2',
      'fan: succeeded 5s',
      '  Branch 1: succeeded 3s',
      '    left: succeeded 3s',
      '  Branch 2: succeeded 5s',
      '    pick: succeeded 5s',
      '      nap: succeeded 5s',
      'each: succeeded 5s',
      '  Iteration 0: succeeded 5s',
      '    body: succeeded 5s',
      '  Iteration 1: succeeded 5s',
      '    body: succeeded 5s',
    ])
  })
})
