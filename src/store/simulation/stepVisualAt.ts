import type { SimTrace } from './SimTrace.ts'
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

/** What the canvas shows on a step at time `t`. */
export type StepPhase = 'notStarted' | 'running' | 'waiting' | 'retrying' | 'succeeded' | 'failed' | 'caught' | 'skipped' | 'cancelled'

/**
 * A step's state at one moment: its phase, the attempt number while retrying, how many of its runs are
 * going on (inside a foreach, many at once), and for a foreach its iterations done / running / total.
 */
export interface StepVisual {
  readonly phase: StepPhase
  readonly attempt: number
  readonly active: number
  readonly runs: number
  readonly progress?: { readonly done: number; readonly running: number; readonly total: number }
}

/** A move along the flow in the root execution: from one step (or the start) to the next (or the end). */
export interface Transition {
  /** Step name, or '' for the flow's start / end. */
  readonly from: string
  readonly to: string
  /** First and last virtual time it was travelled. */
  readonly first: number
  readonly last: number
}

/**
 * Every distinct step-to-step move of the root execution (within each sequence: a step ending and the next
 * one starting, including goto and catch jumps), with when it was first and last travelled. The canvas
 * lights these edges up to time `t`; foreach iterations fold into one entry per edge.
 */
export function transitionsOf(index: TraceIndex, trace: SimTrace): Transition[] {
  const found = new Map<string, { from: string; to: string; first: number; last: number }>()
  const note = (from: string, to: string, time: number) => {
    const k = `${from}\u0000${to}`
    const t = found.get(k)
    if (!t) found.set(k, { from, to, first: time, last: time })
    else t.last = Math.max(t.last, time)
  }
  const walk = (ids: readonly number[], top: boolean) => {
    let prev: string | null = top ? '' : null
    let prevEnd = trace.startTime
    for (const id of ids) {
      const span = index.spans[id]!
      if (span.execution !== 0) continue
      if (span.kind === 'step') {
        if (prev !== null && span.start >= prevEnd) note(prev, span.name, span.start)
        prev = span.name
        prevEnd = span.end
      }
      if (span.children.length > 0) walk(span.children, false)
    }
    const root = trace.executions[0]
    if (top && prev && root?.status === 'Succeeded' && root.endTime !== null) note(prev, '', root.endTime)
  }
  const roots: number[] = []
  for (const r of index.roots) roots.push(...index.rows[r]!.spans)
  roots.sort((a, b) => a - b)
  walk(roots, true)
  return [...found.values()]
}
