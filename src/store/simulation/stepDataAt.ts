import type { SimTrace } from './SimTrace.ts'
import type { Span, TraceIndex } from './TraceIndex.ts'

/** A step's data as it stood at one moment: undefined parts did not exist yet. */
export interface StepData {
  readonly span: Span
  /** 1-based number of this run among the step's runs, and how many there were by then. */
  readonly run: number
  readonly runs: number
  readonly input: unknown
  readonly local: unknown
  readonly output: unknown
  readonly error: { readonly error: string; readonly cause: string } | undefined
  readonly ended: boolean
}

/** The run of a step shown at `t`: the chosen one if it has started, else the latest one started by `t`. */
function pickSpan(index: TraceIndex, ids: readonly number[], t: number, chosen: number | null): { span: Span; run: number; runs: number } | null {
  let runs = 0
  let latest = -1
  for (const id of ids) {
    if (index.spans[id]!.start > t) break
    runs++
    latest = id
  }
  if (latest < 0) return null
  const pick = chosen !== null && ids.includes(chosen) && index.spans[chosen]!.start <= t ? chosen : latest
  return { span: index.spans[pick]!, run: ids.indexOf(pick) + 1, runs }
}

/**
 * What the data view shows for step `name` of the root execution at time `t`: its input, its `$local` (the
 * task's result or reported Output, a container's branch locals), its output and its error, each only once
 * it existed. Null before the step first ran.
 */
export function stepDataAt(index: TraceIndex, trace: SimTrace, name: string, t: number, chosen: number | null): StepData | null {
  const ids = index.spansOfStep.get(`0:${name}`)
  const picked = ids ? pickSpan(index, ids, t, chosen) : null
  if (!picked) return null
  const { span } = picked
  const ended = span.end <= t
  let local: unknown
  for (const a of span.attempts) if (a.result === 'succeeded' && a.end <= t) local = a.local
  if (local === undefined && ended) local = trace.executions[span.execution]?.containerLocals[String(span.enteredEvent)]
  let error: StepData['error']
  for (const a of span.attempts) if (a.error !== null && a.end <= t) error = { error: a.error, cause: a.cause ?? '' }
  if (ended && span.error !== null) error = { error: span.error, cause: span.cause ?? '' }
  return { span, run: picked.run, runs: picked.runs, input: span.input, local, output: ended ? span.output : undefined, error, ended }
}
