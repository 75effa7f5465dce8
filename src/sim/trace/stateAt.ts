import { eventCountAt } from './eventCountAt.ts'
import type { MessageAt } from './MessageAt.ts'
import { phaseAt } from './phaseAt.ts'
import type { Span, SpanState } from './Span.ts'
import type { Trace } from './Trace.ts'
import { queueAt } from './queueAt.ts'

/** What the canvas shows for one step at `t`: its latest execution's state, and for parallel / foreach the progress. */
export interface StepAt {
  readonly state: SpanState | 'not-started' | 'skipped'
  /** Task attempt of the latest execution of the step (0 for other steps). */
  readonly attempt: number
  /** How many times the step has started so far (loops, iterations). */
  readonly runs: number
  /** How many of its executions are open at `t` (e.g. iterations of a foreach body running at once). */
  readonly open: number
  /** Parallel / foreach: branches or iterations done and running, out of `total`. */
  readonly progress: { readonly done: number; readonly running: number; readonly total: number } | null
}

/** A task waiting for a report at `t`: which token it waits for. */
export interface WaitingAt {
  readonly token: string
  readonly stepName: string
  readonly execution: number
  readonly since: number
}

/** Everything the views show at one moment of a trace. */
export interface SimStateAt {
  readonly time: number
  readonly status: 'Running' | 'Succeeded' | 'Failed' | 'TimedOut'
  /** Events of the execution that happened by `t` (a prefix of its history). */
  readonly eventCount: number
  readonly steps: Readonly<Record<string, StepAt>>
  readonly messages: readonly MessageAt[]
  readonly waiting: readonly WaitingAt[]
  /** The spans open at `t` (the "you are here" of the Gantt). */
  readonly open: readonly Span[]
}

/**
 * Projects a trace to time `t` for one execution (the root by default) given its spans (`projectSpans`):
 * step states for the canvas, the queue, the tokens awaited, the history prefix. Pure, so the UI can scrub.
 */
export function stateAt(trace: Trace, spans: readonly Span[], t: number, execution = 0): SimStateAt {
  const exec = trace.executions[execution]!
  const ended = exec.endTime !== null && exec.endTime <= t
  const steps: Record<string, StepAt> = Object.create(null) as Record<string, StepAt>
  const progress = new Map<number, { done: number; running: number }>()
  const open: Span[] = []
  const waiting: WaitingAt[] = []
  for (const span of spans) {
    if (span.start > t) continue
    const phase = phaseAt(span, t)!
    const isOpen = span.end === null || span.end > t
    if (isOpen) open.push(span)
    if (span.kind !== 'step') {
      const p = progress.get(span.parent) ?? { done: 0, running: 0 }
      if (isOpen) p.running++
      else p.done++
      progress.set(span.parent, p)
      continue
    }
    if (phase.state === 'waiting-for-callback' && phase.token) waiting.push({ token: phase.token, stepName: span.stepName, execution, since: phase.time })
    const prev = steps[span.stepName]
    steps[span.stepName] = {
      state: phase.state, attempt: phase.attempt, runs: (prev?.runs ?? 0) + 1, open: (prev?.open ?? 0) + (isOpen ? 1 : 0),
      progress: span.total === null ? null : { done: 0, running: 0, total: span.total },
    }
  }
  for (const span of spans) {
    const s = span.kind === 'step' && span.total !== null ? steps[span.stepName] : undefined
    const p = progress.get(span.id)
    if (s?.progress && p && span.start <= t) steps[span.stepName] = { ...s, progress: { ...s.progress, ...p } }
  }
  const status = ended ? exec.status : 'Running'
  return { time: t, status, eventCount: eventCountAt(exec, t), steps, messages: queueAt(trace, t), waiting, open }
}

/** A step's state at `t` for a step that has no span yet: skipped once its execution is over, else not started. */
export function notStartedAt(trace: Trace, t: number, execution = 0): StepAt {
  const exec = trace.executions[execution]!
  const over = exec.endTime !== null && exec.endTime <= t
  return { state: over ? 'skipped' : 'not-started', attempt: 0, runs: 0, open: 0, progress: null }
}
