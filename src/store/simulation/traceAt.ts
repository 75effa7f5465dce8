import type { SimTrace, TraceStatus, TraceMessage } from './SimTrace.ts'
import type { MessageState } from '../../sim/trace/Trace.ts'
import type { Span, TraceIndex } from './TraceIndex.ts'
import { msg, type Message } from '../../i18n/Message.ts'
import type { HeldMessage } from './SimulationState.ts'

/**
 * The root execution's status at virtual time `t`, as `Execution status` shows it: `Running` from its start
 * until its end event, then how it ended; null before it starts or without a trace.
 */
export function statusAt(trace: SimTrace | null, t: number): TraceStatus | null {
  const root = trace?.executions[0]
  if (!root || t < root.startTime) return null
  if (root.endTime !== null && root.status !== 'Running' && root.endTime <= t) return root.status
  return 'Running'
}

/** Every queue message sent by time `t`, with its state then (delayed, active, in flight, deleted), in send order. */
export function queueAt(trace: SimTrace | null, t: number): readonly QueueEntry[] {
  if (!trace) return []
  const out: QueueEntry[] = []
  for (const m of trace.messages) {
    if (!m || m.topic) continue
    const e = messageAt(m, t)
    if (e) out.push(e)
  }
  return out
}

/** A message as the queue held it at one moment. */
export interface QueueEntry {
  readonly message: TraceMessage
  readonly state: MessageState
  readonly dequeueCount: number
  readonly receiptHandle: string | null
  /** When it entered that state. */
  readonly since: number
}

/** The state of one message at virtual time `t` (null before it was sent). */
export function messageAt(message: TraceMessage, t: number): QueueEntry | null {
  if (message.enqueueTime > t) return null
  let last = message.transitions[0]
  for (const tr of message.transitions) {
    if (tr.time > t) break
    last = tr
  }
  if (!last) return null
  return { message, state: last.state, dequeueCount: last.dequeueCount, receiptHandle: last.receiptHandle, since: last.time }
}

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

/**
 * What the person playing the worker is expected to do next, in words, while the clock waits for them (a manual
 * run at `instant` speed stops where a person must act, see `needsPerson`): report a received message's task,
 * delete a reported one, or receive one waiting in the queue. Null when nothing waits for them.
 */
export function personNext(trace: SimTrace | null, held: readonly HeldMessage[]): Message | null {
  if (!trace || trace.done) return null
  const messageOf = (h: HeldMessage) => trace.messages.find((m) => m?.messageId === h.messageId)
  for (const h of held) {
    const m = messageOf(h)
    const token = m?.token ? trace.tokens.get(m.token) : undefined
    if (token?.status === 'waiting') return msg('Report success or failure for {step} (message {id}…): its task waits for the report.', { step: token.stepName, id: h.messageId.slice(0, 8) })
  }
  for (const h of held) {
    return msg('Delete message {id}…: it stays in flight until you delete it or its visibility timeout brings it back.', { id: h.messageId.slice(0, 8) })
  }
  const visible = trace.messages.filter((m) => m && !m.topic && m.transitions.at(-1)?.state === 'active')
  if (visible.length > 0) {
    const queues = [...new Set(visible.map((m) => m.queue))]
    const where = queues.join(', ')
    return visible.length === 1 ? msg('Receive message: 1 message waiting in {queues}.', { queues: where }) : msg('Receive message: {n} messages waiting in {queues}.', { n: visible.length, queues: where })
  }
  if ([...trace.tokens.values()].some((k) => k.status === 'waiting')) return msg('A task waits for its report: its message comes back to the queue when its visibility timeout ends.')
  return null
}
