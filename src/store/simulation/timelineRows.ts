import type { TraceIndex, Span } from './TraceIndex.ts'
import { msg, type Message } from '../../i18n/Message.ts'
import type { SimTrace } from './SimTrace.ts'

/**
 * The timeline's rows in display order (each row followed by its children, depth first), skipping the
 * children of collapsed rows. Returns row ids; computed once per trace version, then cut by time with
 * `rowsStartedBy`.
 */
export function flattenRows(index: TraceIndex, collapsed: ReadonlySet<number>): Int32Array {
  const out: number[] = []
  const stack: number[] = []
  for (let i = index.roots.length - 1; i >= 0; i--) stack.push(index.roots[i]!)
  while (stack.length > 0) {
    const id = stack.pop()!
    out.push(id)
    if (collapsed.has(id)) continue
    const children = index.rows[id]!.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return Int32Array.from(out)
}

/** The rows of `order` that had started by time `t` (a row starts with its first run; its children later). */
export function rowsStartedBy(index: TraceIndex, order: Int32Array, t: number): Int32Array {
  let n = 0
  const out = new Int32Array(order.length)
  for (const id of order) {
    const first = index.rows[id]!.spans[0]
    if (first !== undefined && index.spans[first]!.start <= t) out[n++] = id
  }
  return n === out.length ? out : out.slice(0, n)
}

const secs = (ms: number, start: number) => `${((ms - start) / 1000).toFixed(3)} s`

/**
 * The marks of one bar up to time `t`: its message sent, received, reported, deleted; retries, timeouts,
 * failures and a catch. Labels read as sentences (`Task_1 timed out at 10.000 s`).
 */
export function marksOf(span: Span, index: TraceIndex, trace: SimTrace, t: number): TimelineMark[] {
  const start = trace.startTime
  const out: TimelineMark[] = []
  const step = span.name
  // `label` is given the step and the time as `step` and `time`, so each sentence can put them where its language does.
  const add = (kind: TimelineMark['kind'], at: number, label: (said: { step: string; time: string }) => Message) => {
    if (at <= t) out.push({ kind, time: at, label: label({ step, time: secs(at, start) }) })
  }
  const failedWith = (error: string | null) => (said: { step: string; time: string }) => (error === null ? msg('{step} failed with an error at {time}', said) : msg('{step} failed with {error} at {time}', { ...said, error }))
  for (const a of span.attempts) {
    if (a.attempt > 1) add('retry', a.start, (said) => msg('{step} retried (attempt {attempt}) at {time}', { ...said, attempt: a.attempt }))
    if (a.result === 'timedOut') add('timeout', a.end, (said) => (a.error === null ? msg('{step} timed out (timeout) at {time}', said) : msg('{step} timed out ({error}) at {time}', { ...said, error: a.error })))
    else if (a.result === 'failed') add('failed', a.end, failedWith(a.error))
  }
  for (const i of index.messagesOfSpan.get(span.id) ?? []) {
    const m = trace.messages[i]!
    add('send', m.enqueueTime, (said) => msg('{step} sent message {id} at {time}', { ...said, id: m.messageId.slice(0, 8) }))
    for (const tr of m.transitions) {
      if (tr.state === 'inactive') add('receive', tr.time, (said) => msg('{step} message received (dequeue {count}) at {time}', { ...said, count: tr.dequeueCount }))
      if (tr.state === 'deleted' && !m.topic) add('delete', tr.time, (said) => msg('{step} message deleted at {time}', said))
    }
    for (const r of m.token ? (index.reportsOfToken.get(m.token) ?? []).map((a) => trace.actions[a]!) : []) {
      add(r.result === 'OK' ? 'report' : 'reportError', r.time, (said) => msg('{step} {call} answered {result} at {time}', { ...said, call: r.kind, result: r.result }))
    }
  }
  if (span.outcome === 'caught') add('caught', span.end, (said) => (span.error === null ? msg('{step} caught an error at {time}', said) : msg('{step} caught {error} at {time}', { ...said, error: span.error })))
  else if (span.outcome === 'failed' && span.attempts.length === 0) add('failed', span.end, failedWith(span.error))
  return out
}

/** Kinds of marks on a timeline bar: the callback calls of its message and what happened to its attempts. */
export type MarkKind = 'send' | 'receive' | 'report' | 'reportError' | 'delete' | 'retry' | 'timeout' | 'failed' | 'caught'

/** One mark on a bar, with the words a screen reader and the tooltip use. */
export interface TimelineMark {
  readonly kind: MarkKind
  readonly time: number
  readonly label: Message
}
