import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { formatMessage, msg } from '../../i18n/Message.ts'
import { createSimulation } from '../../sim/engine/runLoop.ts'
import { readScenario } from '../../sim/scenario/readScenario.ts'
import { applyDelta } from './SimTrace.ts'
import { createDeltaTracker } from './createDeltaTracker.ts'
import { createTraceIndex, indexTrace } from './TraceIndex.ts'
import { flattenRows, marksOf, rowsStartedBy } from './timelineRows.ts'
import { nextMomentAfter } from './moments.ts'
import { queueAt, stepDataAt } from './traceAt.ts'
import { sequenceOf } from './sequenceOf.ts'
import type { SimTrace } from './SimTrace.ts'
import { stepVisualAt, transitionsOf } from './stepVisualAt.ts'

/** The sequence model with its captions in English, as the view shows them in English. */
function englishSequence(trace: SimTrace) {
  const model = sequenceOf(trace, { manual: msg('You') })
  return {
    lifelines: model.lifelines.map((l) => ({ ...l, label: formatMessage(l.label) })),
    arrows: model.arrows.map((a) => ({ ...a, label: formatMessage(a.label) })),
  }
}

/** Runs a flow to the end with a scenario and returns the trace as the view receives it (in several deltas). */
function simulate(text: string, scenario: unknown = {}) {
  const flow = parseFdl(text).flow!
  const sim = createSimulation({ flow, scenario: readScenario(scenario).scenario })
  const tracker = createDeltaTracker()
  const start = sim.state.executions[0]!.startTime
  const trace: SimTrace = { version: 0, now: start, startTime: start, done: false, blocked: false, executions: [], messages: [], actions: [], tokens: new Map() }
  while (!sim.run(7)) applyDelta(trace, tracker.collect(sim, false, false))
  applyDelta(trace, tracker.collect(sim, true, false))
  const index = indexTrace(createTraceIndex(), trace)
  return { trace, index, start, at: (s: number) => start + s * 1000 }
}

const CALLBACK = (extra: string) => `version: v1
type: flow
steps:
  - type: task
    name: Work
    resourceArn: acs:mns:::/queues/jobs/messages
    pattern: waitForCallback
${extra}
    inputMappings:
      - target: task_token
        source: $context.task.token
      - target: id
        source: $input.id
    serviceParams:
      MessageBody: $
  - type: pass
    name: Next
    end: true
  - type: pass
    name: Recover
`

describe('trace projections', () => {
  it('shows a callback task waiting, then succeeded, with its message marks and data', () => {
    const { trace, index, at } = simulate(CALLBACK(''), { input: { id: 7 }, tasks: { Work: [{ succeed: { ok: true }, after: 3 }] } })
    expect(stepVisualAt(index, trace, 'Work', at(1)).phase).toBe('waiting')
    expect(stepVisualAt(index, trace, 'Next', at(1)).phase).toBe('notStarted')
    expect(stepVisualAt(index, trace, 'Work', at(3)).phase).toBe('succeeded')
    expect(stepVisualAt(index, trace, 'Recover', at(3)).phase).toBe('skipped')
    const span = index.spans[index.spansOfStep.get('0:Work')![0]!]!
    const kinds = marksOf(span, index, trace, at(3)).map((m) => m.kind)
    expect(kinds).toEqual(['send', 'receive', 'delete', 'report'])
    const before = stepDataAt(index, trace, 'Work', at(1), null)!
    expect(before.input).toMatchObject({ id: 7 })
    expect(before.local).toBeUndefined()
    expect(stepDataAt(index, trace, 'Work', at(3), null)!.local).toEqual({ ok: true })
    expect(transitionsOf(index, trace).map((m) => `${m.from}>${m.to}`)).toEqual(['>Work', 'Work>Next', 'Next>'])
  })

  it('marks retries and a timeout caught by a catch, and the catch path taken', () => {
    const extra = `    timeoutSeconds: 10
    retry:
      - errors: [WorkerError]
        intervalSeconds: 2
        maxAttempts: 1
    catch:
      - errors: [FnF.TaskTimeout]
        goto: Recover`
    const { trace, index, at } = simulate(CALLBACK(extra), { tasks: { Work: [{ fail: { error: 'WorkerError' } }, { timeout: true }] } })
    expect(stepVisualAt(index, trace, 'Work', at(1.5))).toMatchObject({ phase: 'retrying', attempt: 2 })
    const span = index.spans[index.spansOfStep.get('0:Work')![0]!]!
    expect(span.outcome).toBe('caught')
    const labels = marksOf(span, index, trace, Infinity).filter((m) => ['failed', 'retry', 'timeout', 'caught'].includes(m.kind)).map((m) => formatMessage(m.label))
    expect(labels).toEqual(['Work failed with WorkerError at 1.000 s', 'Work retried (attempt 2) at 3.000 s', 'Work timed out (FnF.TaskTimeout) at 13.000 s', 'Work caught FnF.TaskTimeout at 13.000 s'])
    expect(stepVisualAt(index, trace, 'Work', at(20)).phase).toBe('caught')
    expect(stepVisualAt(index, trace, 'Next', at(20)).phase).toBe('skipped')
    expect(transitionsOf(index, trace).map((m) => `${m.from}>${m.to}`)).toContain('Work>Recover')
  })

  it('nests iteration rows under a foreach, counts progress and hides rows not started yet', () => {
    const text = `version: v1
type: flow
steps:
  - type: foreach
    name: Each
    iterationMapping:
      collection: $.items
      item: item
    steps:
      - type: task
        name: Call
        resourceArn: acs:fc:::services/s/functions/f
`
    const { trace, index, at } = simulate(text, { input: { items: [1, 2, 3, 4, 5] }, options: { foreachConcurrency: 2 }, tasks: { Call: [{ succeed: {}, after: 1 }] } })
    expect(stepVisualAt(index, trace, 'Each', at(1.5)).progress).toEqual({ done: 2, running: 2, total: 5 })
    const labels = (t: number) => [...rowsStartedBy(index, flattenRows(index, new Set()), t)].map((r) => `${'  '.repeat(index.rows[r]!.depth)}${index.rows[r]!.label}`)
    expect(labels(at(0.5))).toEqual(['Each', '  Iteration 0', '    Call', '  Iteration 1', '    Call'])
    expect(labels(at(10))).toHaveLength(11)
    const each = index.rows.find((r) => r.label === 'Each')!.id
    expect([...flattenRows(index, new Set([each]))]).toEqual([each])
  })

  it('finds the next moment something happens', () => {
    const { trace, at } = simulate(CALLBACK(''), { tasks: { Work: [{ succeed: {}, after: 2 }] } })
    expect(nextMomentAfter(trace, at(0))).toBe(at(2))
    expect(nextMomentAfter(trace, at(2))).toBeNull()
  })

  it('shows a message redelivered after its visibility timeout, then deleted, when the worker crashed before deleting', () => {
    const example = readFileSync(new URL('../../../public/examples/mns-callback.yaml', import.meta.url), 'utf8')
    const { trace, index, at } = simulate(example, { worker: { crashBeforeDelete: true } })
    const first = queueAt(trace, at(0.5))
    expect(first).toHaveLength(1)
    expect(first[0]).toMatchObject({ state: 'inactive', dequeueCount: 1 })
    expect(first[0]!.receiptHandle).toMatch(/^1-/)
    expect(stepVisualAt(index, trace, 'Task_1', at(0.5)).phase).toBe('waiting')
    expect(stepVisualAt(index, trace, 'Task_1', at(1)).phase).toBe('succeeded')
    expect(queueAt(trace, at(29))[0]).toMatchObject({ state: 'inactive', dequeueCount: 1 })
    expect(queueAt(trace, at(30))[0]).toMatchObject({ state: 'inactive', dequeueCount: 2 })
    expect(queueAt(trace, at(31))[0]).toMatchObject({ state: 'deleted', receiptHandle: null })
    expect(Object.keys(stepDataAt(index, trace, 'Task_1', at(1), null)!.input as object)).toEqual(['task_token', 'key'])
  })

  it('shows a step still running when the flow times out as cancelled, and the steps after it as skipped', () => {
    const text = 'version: v1\ntype: flow\ntimeoutSeconds: 3\nsteps:\n  - {type: wait, name: w, duration: 10}\n  - {type: pass, name: later}\n'
    const { trace, index, at } = simulate(text)
    expect(stepVisualAt(index, trace, 'w', at(2)).phase).toBe('running')
    expect(stepVisualAt(index, trace, 'later', at(2)).phase).toBe('notStarted')
    expect(stepVisualAt(index, trace, 'w', at(3)).phase).toBe('cancelled')
    expect(stepVisualAt(index, trace, 'later', at(3)).phase).toBe('skipped')
  })

  it('tells the callback choreography as a sequence: send, receive, report, delete, between the flow, the queue and the worker', () => {
    const example = readFileSync(new URL('../../../public/examples/mns-callback.yaml', import.meta.url), 'utf8')
    const { trace } = simulate(example, { flowName: 'seed' })
    const { lifelines, arrows } = englishSequence(trace)
    expect(lifelines.map((l) => l.label)).toEqual(['Flow seed', 'Queue fnf-demo', 'Simulated worker'])
    expect(arrows.map((a) => `${a.label.split(' · ')[0]} ${lifelines[a.from]!.label} → ${lifelines[a.to]!.label}`)).toEqual([
      'SendMessage Flow seed → Queue fnf-demo',
      'ReceiveMessage Queue fnf-demo → Simulated worker',
      'ReportTaskSucceeded Simulated worker → Flow seed',
      'DeleteMessage Simulated worker → Queue fnf-demo',
    ])
    const [send, receive, report, del] = arrows
    const message = trace.messages[0]!
    expect(send!.label).toBe(`SendMessage · ${message.messageId.slice(0, 6)}…${message.messageId.slice(-4)} · priority 1`)
    expect(send!.body).toBe(message.body)
    expect(receive!.label).toMatch(/ · dequeue 1$/)
    expect(report!.label).toMatch(/^ReportTaskSucceeded · token \S{6}…\S{4} · OK$/)
    expect(del!.label).toBe('DeleteMessage · OK')
    expect(arrows.every((a, i) => i === 0 || arrows[i - 1]!.time <= a.time)).toBe(true)
  })

  it('shows a redelivery as the lapse of the visibility timeout and a second receive, and a task timeout as a note on the flow', () => {
    const example = readFileSync(new URL('../../../public/examples/mns-callback.yaml', import.meta.url), 'utf8')
    const crashed = englishSequence(simulate(example, { worker: { crashBeforeDelete: true } }).trace).arrows.map((a) => a.label.replace(/ · (token )?\S{6}…\S{4}/g, ''))
    expect(crashed).toEqual([
      'SendMessage · priority 1',
      'ReceiveMessage · dequeue 1',
      'ReportTaskSucceeded · OK',
      'Visible again · not deleted in time',
      'ReceiveMessage · dequeue 2',
      // The worker reports again for the redelivered message: the service's answer says the task is done.
      'ReportTaskSucceeded · TaskAlreadyCompleted',
      'DeleteMessage · OK',
    ])
    const timedOut = englishSequence(simulate(CALLBACK('    timeoutSeconds: 5\n'), { tasks: { Work: [{ timeout: true }] } }).trace)
    const note = timedOut.arrows.find((a) => a.kind === 'timeout')!
    expect(note).toMatchObject({ label: 'TaskTimedOut · Work', from: 0, to: 0 })
  })
})
