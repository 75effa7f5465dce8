import type { HistoryEvent } from './HistoryEvent.ts'
import type { Span, SpanState } from './Span.ts'
import type { ExecutionTrace } from './Trace.ts'

/**
 * The Gantt bars of one execution, in the order they started: a span per StepEntered / BranchEntered /
 * IterationEntered, with its phases (running, waiting for callback, retrying n, then how it ended), its data and
 * its parent span. Spans still open when the execution ended are closed then as `cancelled`. Pure: the same
 * history gives the same spans.
 */
export function projectSpans(exec: ExecutionTrace): Span[] {
  const spans: Span[] = []
  const byId = new Map<number, Span>()
  const taskSpan = new Map<number, Span>()
  const events = exec.events
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!
    const t = exec.eventTimes[i]!
    const d = e.eventDetail
    switch (e.type) {
      case 'StepEntered':
      case 'BranchEntered':
      case 'IterationEntered': {
        const parent = byId.get(e.scheduleEventId)
        const kind = e.type === 'StepEntered' ? 'step' : e.type === 'BranchEntered' ? 'branch' : 'iteration'
        const span: Span = {
          id: e.eventId, kind, execution: exec.id, stepName: e.stepName, parent: parent?.id ?? 0, depth: parent ? parent.depth + 1 : 0,
          index: kind === 'step' ? null : Number(d.index), start: t, end: null, phases: [{ time: t, state: 'running', attempt: 0 }],
          input: kind === 'branch' ? parent?.input : d.input, output: undefined, local: undefined, error: null, cause: null, attempts: 0,
          total: exec.fanTotals[e.eventId] ?? null,
        }
        spans.push(span)
        byId.set(e.eventId, span)
        break
      }
      case 'TaskScheduled': {
        const span = byId.get(e.scheduleEventId)
        if (!span) break
        span.attempts++
        taskSpan.set(e.eventId, span)
        span.phases.push({ time: t, state: 'running', attempt: span.attempts })
        break
      }
      case 'TaskSubmitted': {
        const span = taskSpan.get(e.scheduleEventId)
        if (!span) break
        const token = typeof d.taskToken === 'string' ? d.taskToken : undefined
        span.phases.push(token ? { time: t, state: 'waiting-for-callback', attempt: span.attempts, token } : { time: t, state: 'running', attempt: span.attempts })
        break
      }
      case 'TaskSucceeded': {
        const span = taskSpan.get(e.scheduleEventId)
        if (span) span.local = d.output
        break
      }
      case 'TaskFailed':
      case 'TaskTimedOut': {
        const span = taskSpan.get(e.scheduleEventId)
        if (!span) break
        span.error = String(d.error ?? '')
        span.cause = String(d.cause ?? '')
        span.phases.push({ time: t, state: 'retrying', attempt: span.attempts })
        break
      }
      case 'StepExited':
      case 'BranchExited':
      case 'IterationExited':
        close(byId.get(e.scheduleEventId), e, t, exec)
        break
      default:
        break
    }
  }
  if (exec.endTime !== null) {
    for (const s of spans) if (s.end === null) finish(s, exec.endTime, 'cancelled')
  }
  return spans
}

function close(span: Span | undefined, e: HistoryEvent, t: number, exec: ExecutionTrace): void {
  if (!span) return
  const d = e.eventDetail
  const hasError = typeof d.error === 'string'
  let state: SpanState = 'succeeded'
  if (d.cancelled === true) state = 'cancelled'
  else if (hasError && 'output' in d) state = 'caught'
  else if (hasError) state = 'failed'
  if (hasError) {
    span.error = String(d.error)
    span.cause = String(d.cause ?? '')
  }
  if ('output' in d) span.output = d.output
  if (span.kind !== 'step') span.local = d.output
  else if (span.local === undefined && exec.containerLocals[span.id] !== undefined) span.local = exec.containerLocals[span.id]
  else if (span.local === undefined && state === 'caught') span.local = { error: span.error, cause: span.cause }
  else if (span.local === undefined && span.attempts === 0 && state === 'succeeded') span.local = {}
  finish(span, t, state)
}

function finish(span: Span, t: number, state: SpanState): void {
  span.end = t
  // A failed attempt that ends the step at once was never retried: drop its "retrying" phase.
  const last = span.phases[span.phases.length - 1]
  if (last && last.time === t && last.state === 'retrying') span.phases.pop()
  span.phases.push({ time: t, state, attempt: span.attempts })
}
