import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { HistoryEvent } from '../../sim/trace/Trace.ts'
import type { SimTrace, TraceExecution } from './SimTrace.ts'

/** How a step, branch or iteration ended (or `running` while it has not). */
export type SpanOutcome = 'running' | 'succeeded' | 'failed' | 'caught' | 'cancelled'

/** One attempt of a task: scheduled, maybe submitted (a message sent, a token issued), then answered. */
export interface Attempt {
  readonly attempt: number
  readonly scheduledEvent: number
  readonly start: number
  submitted: number | null
  end: number
  result: 'succeeded' | 'failed' | 'timedOut' | null
  local: unknown
  error: string | null
  cause: string | null
}

/**
 * One execution of a step, branch or iteration on the virtual clock: a bar of the timeline and what the
 * data view shows for it. `end` is Infinity while it runs.
 */
export interface Span {
  readonly id: number
  readonly execution: number
  readonly kind: 'step' | 'branch' | 'iteration'
  /** The step's name (for a branch or iteration, its container's name). */
  readonly name: string
  readonly slot: number
  readonly parent: number
  readonly enteredEvent: number
  readonly start: number
  end: number
  endEvent: number
  outcome: SpanOutcome
  /** The step's input (its StepStarted), an iteration's input; undefined until known. */
  input: unknown
  output: unknown
  error: string | null
  cause: string | null
  readonly attempts: Attempt[]
  readonly children: number[]
  readonly row: number
}

/** A line of the timeline: one step in one scope (all its runs), one branch or one iteration. */
export interface TimelineRow {
  readonly id: number
  readonly parent: number
  readonly depth: number
  readonly kind: 'step' | 'branch' | 'iteration'
  /** In English (what tests and logic read); `text` is the same to show in the person's language. */
  readonly label: string
  readonly text: Message
  readonly stepName: string
  readonly children: number[]
  readonly spans: number[]
}

/**
 * What the views look things up by, built incrementally from the trace as it grows: spans and rows in
 * start order, and maps from history events, messages and tokens to spans.
 */
export interface TraceIndex {
  readonly spans: Span[]
  readonly rows: TimelineRow[]
  /** Rows at the top level, in first-start order. */
  readonly roots: number[]
  /** Events consumed so far, per execution. */
  readonly consumed: number[]
  /** `exec:eventId` of any event of a step, branch or iteration → its span id. */
  readonly spanOfEvent: Map<string, number>
  /** `exec:name` → span ids of that step, in start order (what the canvas colours). */
  readonly spansOfStep: Map<string, number[]>
  readonly rowOfKey: Map<string, number>
  /** Span id → indexes of the messages its attempts sent (the bar's message marks). */
  readonly messagesOfSpan: Map<number, number[]>
  /** Task token → indexes of the ReportTaskSucceeded / ReportTaskFailed calls made with it. */
  readonly reportsOfToken: Map<string, number[]>
  /** Messages and swimlane calls indexed so far. */
  messagesSeen: number
  actionsSeen: number
  /** Trace version this index reflects. */
  version: number
}

/** An empty index, to be filled by `indexTrace` as the trace grows. */
export function createTraceIndex(): TraceIndex {
  return {
    spans: [], rows: [], roots: [], consumed: [], spanOfEvent: new Map(), spansOfStep: new Map(), rowOfKey: new Map(),
    messagesOfSpan: new Map(), reportsOfToken: new Map(), messagesSeen: 0, actionsSeen: 0, version: -1,
  }
}

/**
 * Brings the index up to date with the trace, reading only the events added since the last call, so a
 * long simulation is indexed as it streams in. Returns the same index object.
 */
export function indexTrace(index: TraceIndex, trace: SimTrace): TraceIndex {
  if (index.version === trace.version) return index
  for (const exec of trace.executions) {
    if (!exec) continue
    let i = index.consumed[exec.id] ?? 0
    for (; i < exec.events.length; i++) consume(index, exec, exec.events[i]!, exec.eventTimes[i]!)
    index.consumed[exec.id] = i
  }
  for (; index.messagesSeen < trace.messages.length; index.messagesSeen++) {
    const m = trace.messages[index.messagesSeen]
    const span = m && index.spanOfEvent.get(key(m.execution, m.taskEvent))
    if (m && span !== undefined) push(index.messagesOfSpan, span, m.index)
  }
  for (; index.actionsSeen < trace.actions.length; index.actionsSeen++) {
    const a = trace.actions[index.actionsSeen]!
    if (a.kind === 'ReportTaskSucceeded' || a.kind === 'ReportTaskFailed') push(index.reportsOfToken, a.token, index.actionsSeen)
  }
  index.version = trace.version
  return index
}

function push<K>(map: Map<K, number[]>, k: K, v: number): void {
  const list = map.get(k)
  if (list) list.push(v)
  else map.set(k, [v])
}

const key = (exec: number, eventId: number) => `${exec}:${eventId}`

/**
 * Reads one history event (the model is in `src/sim/engine/stepEvents.ts`): every event of a step, branch or
 * iteration is mapped to its span, so an event's `scheduleEventId` finds the span it belongs to whichever event it
 * points at. A StepEntered that points at a sibling's StepExited belongs beside that sibling; a container's
 * StepSucceeded that points at its last BranchExited belongs to the container.
 */
function consume(index: TraceIndex, exec: TraceExecution, e: HistoryEvent, time: number): void {
  const detail = e.eventDetail as Record<string, unknown>
  const owner = index.spanOfEvent.get(key(exec.id, e.scheduleEventId))
  switch (e.type) {
    case 'StepEntered': {
      const before = owner === undefined ? undefined : index.spans[owner]!
      const parent = !before ? -1 : before.endEvent === e.scheduleEventId ? before.parent : before.id
      return void open(index, exec, e, time, 'step', 0, parent)
    }
    case 'BranchEntered':
    case 'IterationEntered': {
      const span = open(index, exec, e, time, e.type === 'BranchEntered' ? 'branch' : 'iteration', Number(detail.index ?? 0), owner ?? -1)
      span.input = detail.input
      return
    }
    case 'BranchExited':
    case 'IterationExited':
      if (owner === undefined) return
      index.spanOfEvent.set(key(exec.id, e.eventId), owner)
      settle(index.spans[owner]!, detail)
      return finish(index, index.spans[owner]!, time, e.eventId)
    case 'ExecutionSucceeded':
    case 'ExecutionFailed':
    case 'ExecutionTimedOut':
    case 'ExecutionStopped':
      return closeOpen(index, exec.id, time, e.eventId)
    default:
      break
  }
  if (owner === undefined || e.type === 'ExecutionStarted') return
  // An event pointing at a BranchExited / IterationExited (a container's StepSucceeded / StepFailed) is its container's.
  const linked = index.spans[owner]!
  const span = linked.kind !== 'step' && linked.endEvent === e.scheduleEventId ? index.spans[linked.parent] : linked
  if (!span) return
  index.spanOfEvent.set(key(exec.id, e.eventId), span.id)
  switch (e.type) {
    case 'StepStarted':
      span.input = detail.input
      return
    case 'TaskScheduled':
      return void span.attempts.push({
        attempt: Number(detail.attempt ?? span.attempts.length + 1), scheduledEvent: e.eventId, start: time, submitted: null,
        end: Infinity, result: null, local: undefined, error: null, cause: null,
      })
    case 'TaskSubmitted':
    case 'TaskSubmitFailed':
    case 'TaskSucceeded':
    case 'TaskFailed':
    case 'TaskTimedOut':
      return answer(span, e, time, detail)
    case 'StepSucceeded':
    case 'StepFailed':
      return settle(span, detail)
    case 'StepExited':
      return finish(index, span, time, e.eventId)
    default:
      return
  }
}

function open(index: TraceIndex, exec: TraceExecution, e: HistoryEvent, time: number, kind: Span['kind'], slot: number, parent: number): Span {
  const row = rowFor(index, exec, parent, kind, e.stepName, slot)
  const span: Span = {
    id: index.spans.length, execution: exec.id, kind, name: e.stepName, slot, parent, enteredEvent: e.eventId, start: time,
    end: Infinity, endEvent: 0, outcome: 'running', input: undefined, output: undefined, error: null, cause: null, attempts: [], children: [], row,
  }
  index.spans.push(span)
  index.rows[row]!.spans.push(span.id)
  if (parent >= 0) index.spans[parent]!.children.push(span.id)
  index.spanOfEvent.set(key(exec.id, e.eventId), span.id)
  if (kind === 'step') push(index.spansOfStep, `${exec.id}:${e.stepName}`, span.id)
  return span
}

/** The row of a span: one per step name in its scope, one per branch or iteration index. */
function rowFor(index: TraceIndex, exec: TraceExecution, parentSpan: number, kind: Span['kind'], name: string, slot: number): number {
  const parentRow = parentSpan >= 0 ? index.spans[parentSpan]!.row : -1
  const own = kind === 'step' ? `s:${name}` : `${kind[0]}:${slot}`
  const k = `${parentRow < 0 ? `x${exec.id}` : parentRow}/${own}`
  const found = index.rowOfKey.get(k)
  if (found !== undefined) return found
  const id = index.rows.length
  const depth = parentRow < 0 ? 0 : index.rows[parentRow]!.depth + 1
  const label = kind === 'step' ? untranslated(name) : kind === 'branch' ? msg('Branch {n}', { n: slot + 1 }) : msg('Iteration {n}', { n: slot })
  const text = parentRow < 0 && exec.parent >= 0 ? msg('{execution} › {row}', { execution: exec.name, row: label }) : label
  index.rows.push({ id, parent: parentRow, depth, kind, label: formatMessage(text), text, stepName: name, children: [], spans: [] })
  index.rowOfKey.set(k, id)
  if (parentRow < 0) index.roots.push(id)
  else index.rows[parentRow]!.children.push(id)
  return id
}

/** How a step, branch or iteration ended, from its StepSucceeded / StepFailed / …Exited detail. */
function settle(span: Span, detail: Record<string, unknown>): void {
  const failed = typeof detail.error === 'string' && !('output' in detail)
  span.outcome = detail.cancelled === true ? 'cancelled' : failed ? 'failed' : 'error' in detail ? 'caught' : 'succeeded'
  span.output = detail.output
  span.error = typeof detail.error === 'string' ? detail.error : null
  span.cause = typeof detail.cause === 'string' ? detail.cause : null
}

/** Ends a span and everything still open under it (steps inside a cancelled iteration emit nothing). */
function finish(index: TraceIndex, span: Span, time: number, eventId: number): void {
  span.end = time
  span.endEvent = eventId
  for (const c of span.children) {
    const child = index.spans[c]!
    if (child.end !== Infinity) continue
    child.outcome = 'cancelled'
    finish(index, child, time, eventId)
  }
  for (const a of span.attempts) if (a.end === Infinity) a.end = time
}

function closeOpen(index: TraceIndex, exec: number, time: number, eventId: number): void {
  for (const r of index.roots) {
    for (const id of index.rows[r]!.spans) {
      const span = index.spans[id]!
      if (span.execution !== exec || span.end !== Infinity) continue
      span.outcome = 'cancelled'
      finish(index, span, time, eventId)
    }
  }
}

/** A task event after TaskScheduled: it belongs to the span's latest attempt. */
function answer(span: Span, e: HistoryEvent, time: number, detail: Record<string, unknown>): void {
  const attempt = span.attempts.at(-1)
  if (!attempt) return
  if (e.type === 'TaskSubmitted') {
    attempt.submitted = time
    return
  }
  attempt.end = time
  attempt.result = e.type === 'TaskSucceeded' ? 'succeeded' : e.type === 'TaskTimedOut' ? 'timedOut' : 'failed'
  attempt.local = detail.output
  attempt.error = typeof detail.error === 'string' ? detail.error : null
  attempt.cause = typeof detail.cause === 'string' ? detail.cause : null
}

/**
 * Text that has no translation, as a message: a step name, a file's own words, a resource ARN. Lists of messages
 * can hold it beside translated ones; every language shows it as it is.
 */
export function untranslated(text: string): Message {
  return msg('{text}', { text })
}
