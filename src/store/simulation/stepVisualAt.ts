import type { SimTrace } from './SimTrace.ts'
import type { StepPhase, StepVisual } from './StepVisual.ts'
import type { Span, TraceIndex } from './TraceIndex.ts'

const NOT_STARTED: StepVisual = { phase: 'notStarted', attempt: 0, active: 0, runs: 0 }
const SKIPPED: StepVisual = { phase: 'skipped', attempt: 0, active: 0, runs: 0 }

/** Which phase wins when several runs of a step are going on at once (the most telling one). */
const RANK: Record<StepPhase, number> = { retrying: 5, waiting: 4, running: 3, failed: 2, caught: 1, succeeded: 0, cancelled: 0, notStarted: 0, skipped: 0 }

/**
 * The state of step `name` of the root execution at virtual time `t`: running, waiting for its callback,
 * retrying (with the attempt), or how its last run ended; `skipped` when the execution ended without it.
 * Foreach steps also get their iterations done / running / total (the engine records the total on entry).
 */
export function stepVisualAt(index: TraceIndex, trace: SimTrace, name: string, t: number): StepVisual {
  const ids = index.spansOfStep.get(`0:${name}`)
  const root = trace.executions[0]
  if (!ids || index.spans[ids[0]!]!.start > t) {
    return root && root.endTime !== null && root.endTime <= t ? SKIPPED : NOT_STARTED
  }
  let best: StepVisual | null = null
  let active = 0
  let runs = 0
  let last: Span | null = null
  for (const id of ids) {
    const span = index.spans[id]!
    if (span.start > t) break
    runs++
    if (span.end > t) {
      active++
      const v = livePhase(span, t)
      if (!best || RANK[v.phase] > RANK[best.phase]) best = v
    } else if (!last || span.end >= last.end) last = span
  }
  const latest = index.spans[ids[runs - 1]!]!
  const total = trace.executions[latest.execution]?.fanTotals[String(latest.enteredEvent)]
  const progress = latest.kind === 'step' && hasIterations(index, latest) ? progressOf(index, latest, t, total) : undefined
  if (best) return { ...best, active, runs, progress }
  const phase: StepPhase = last ? (last.outcome === 'running' ? 'running' : last.outcome) : 'running'
  return { phase, attempt: last?.attempts.length ?? 0, active: 0, runs, progress }
}

/** What a run that is going on at `t` is doing: waiting for a callback, retrying, or just running. */
function livePhase(span: Span, t: number): StepVisual {
  let current = null
  for (const a of span.attempts) if (a.start <= t) current = a
  if (!current) return { phase: 'running', attempt: 0, active: 1, runs: 1 }
  if (current.end <= t) return { phase: 'retrying', attempt: current.attempt + 1, active: 1, runs: 1 }
  if (current.attempt > 1) return { phase: 'retrying', attempt: current.attempt, active: 1, runs: 1 }
  if (current.submitted !== null && current.submitted <= t) return { phase: 'waiting', attempt: current.attempt, active: 1, runs: 1 }
  return { phase: 'running', attempt: current.attempt, active: 1, runs: 1 }
}

function hasIterations(index: TraceIndex, span: Span): boolean {
  const first = span.children[0]
  return first !== undefined && index.spans[first]!.kind === 'iteration'
}

function progressOf(index: TraceIndex, span: Span, t: number, total?: number) {
  let done = 0
  let running = 0
  for (const c of span.children) {
    const child = index.spans[c]!
    if (child.start > t) continue
    if (child.end <= t) done++
    else running++
  }
  return { done, running, total: total ?? (span.end === Infinity ? Math.max(done + running, span.children.length) : span.children.length) }
}
