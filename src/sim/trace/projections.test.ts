import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../engine/createSimulation.ts'
import { readScenario } from '../scenario/readScenario.ts'
import { edgesAt } from './edgesAt.ts'
import { projectSpans } from './projectSpans.ts'
import { queueAt } from './queueAt.ts'
import { notStartedAt, stateAt } from './stateAt.ts'

const T0 = Date.UTC(2026, 0, 1)
const s = (seconds: number) => T0 + seconds * 1000
const run = (text: string, scenario?: unknown, input?: unknown) => {
  const sim = createSimulation({ flow: parseFdl(text).flow!, scenario: readScenario(scenario).scenario, input })
  sim.run()
  return sim.trace()
}

describe('scrubbing the mns-callback run', () => {
  const trace = run(readFileSync('public/examples/mns-callback.yaml', 'utf8'), { worker: { crashBeforeDelete: true } })
  const spans = projectSpans(trace.executions[0]!)

  it('shows the task waiting for its callback and the message in flight before the report', () => {
    const at = stateAt(trace, spans, s(0.5))
    expect(at.status).toBe('Running')
    expect(at.steps.Task_1).toMatchObject({ state: 'waiting-for-callback', attempt: 1 })
    expect(at.messages).toHaveLength(1)
    expect(at.messages[0]).toMatchObject({ state: 'inactive', dequeueCount: 1 })
    expect(at.messages[0]!.receiptHandle).toMatch(/^1-/)
    expect(at.waiting).toEqual([{ token: at.messages[0]!.token, stepName: 'Task_1', execution: 0, since: s(0) }])
    expect(at.eventCount).toBe(4)
  })

  it('shows the task succeeded after the report, then the message back and finally deleted', () => {
    expect(stateAt(trace, spans, s(1)).steps.Task_1?.state).toBe('succeeded')
    expect(stateAt(trace, spans, s(1)).status).toBe('Succeeded')
    expect(queueAt(trace, s(30))[0]).toMatchObject({ state: 'inactive', dequeueCount: 2 })
    expect(queueAt(trace, s(29))[0]).toMatchObject({ state: 'inactive', dequeueCount: 1 })
    expect(queueAt(trace, s(31))[0]).toMatchObject({ state: 'deleted', receiptHandle: null })
  })

  it('keeps the step data: input with the token, local = the reported Output', () => {
    expect(spans[0]).toMatchObject({ kind: 'step', stepName: 'Task_1', depth: 0, start: s(0), end: s(1), local: {}, output: {} })
    expect(Object.keys(spans[0]!.input as object)).toEqual(['task_token', 'key'])
  })
})

describe('span phases', () => {
  it('records running, retrying n, then caught', () => {
    const trace = run(`version: v1
type: flow
steps:
  - type: task
    name: t
    resourceArn: acs:fc:::services/s/functions/f
    retry: [{errors: [E], intervalSeconds: 2, maxAttempts: 1}]
    catch: [{errors: [E], goto: h}]
  - type: pass
    name: h
`, { tasks: { t: [{ fail: { error: 'E', cause: 'c' } }] } })
    const [t] = projectSpans(trace.executions[0]!)
    expect(t!.phases.map((p) => [(p.time - T0) / 1000, p.state, p.attempt])).toEqual([
      [0, 'running', 0], [0, 'running', 1], [1, 'retrying', 1], [3, 'running', 2], [4, 'caught', 2],
    ])
    expect(stateAt(trace, projectSpans(trace.executions[0]!), s(2)).steps.t).toMatchObject({ state: 'retrying', attempt: 1 })
    expect(t).toMatchObject({ error: 'E', cause: 'c', attempts: 2, local: { error: 'E', cause: 'c' }, output: {} })
    expect(projectSpans(trace.executions[0]!)[1]).toMatchObject({ stepName: 'h', local: {}, output: {}, input: {} })
  })

  it('nests iterations under their foreach and gives foreach progress at any time', () => {
    const flow = `version: v1
type: flow
steps:
  - type: foreach
    name: each
    iterationMapping: {collection: $.items, item: it}
    steps:
      - type: task
        name: work
        resourceArn: acs:fc:::services/s/functions/f
`
    const trace = run(flow, { options: { foreachConcurrency: 2 } }, { items: [1, 2, 3, 4, 5] })
    const spans = projectSpans(trace.executions[0]!)
    const iteration = spans.find((x) => x.kind === 'iteration')!
    const work = spans.find((x) => x.stepName === 'work')!
    expect(iteration).toMatchObject({ parent: spans[0]!.id, depth: 1, index: 0, input: { items: [1, 2, 3, 4, 5], it: 1 } })
    expect(work).toMatchObject({ parent: iteration.id, depth: 2 })
    expect(stateAt(trace, spans, s(1.5)).steps.each?.progress).toEqual({ done: 2, running: 2, total: 5 })
    expect(stateAt(trace, spans, s(1.5)).steps.work).toMatchObject({ state: 'running', open: 2, runs: 4 })
    expect(stateAt(trace, spans, s(3)).steps.each).toMatchObject({ state: 'succeeded', progress: { done: 5, running: 0, total: 5 } })
  })

  it('closes spans still open when the execution fails as cancelled, and reports never-run steps as skipped', () => {
    const trace = run(`version: v1
type: flow
timeoutSeconds: 3
steps:
  - {type: wait, name: w, duration: 10}
  - {type: pass, name: later}
`)
    const spans = projectSpans(trace.executions[0]!)
    expect(spans[0]).toMatchObject({ end: s(3) })
    expect(stateAt(trace, spans, s(3)).steps.w?.state).toBe('cancelled')
    expect(notStartedAt(trace, s(2)).state).toBe('not-started')
    expect(notStartedAt(trace, s(3)).state).toBe('skipped')
  })
})

describe('edgesAt', () => {
  it('lists the path taken through a choice and its goto', () => {
    const trace = run(readFileSync('src/sim/conformance/cases/ref-3.6-D-choice-other.yaml', 'utf8').split('flow: |\n')[1]!.split('input:')[0]!.replace(/^ {2}/gm, ''), undefined, { status: 'x' })
    const edges = edgesAt(projectSpans(trace.executions[0]!), s(0)).map((e) => `${e.from}->${e.to}`)
    expect(edges).toEqual(['mychoice->final'])
  })
})
