import type { SimTrace } from './SimTrace.ts'
import type { Span, TraceIndex } from './TraceIndex.ts'
import type { TimelineMark } from './TimelineMark.ts'

const secs = (ms: number, start: number) => `${((ms - start) / 1000).toFixed(3)} s`

/**
 * The marks of one bar up to time `t`: its message sent, received, reported, deleted; retries, timeouts,
 * failures and a catch. Labels read as sentences (`Task_1 timed out at 10.000 s`).
 */
export function marksOf(span: Span, index: TraceIndex, trace: SimTrace, t: number): TimelineMark[] {
  const start = trace.startTime
  const out: TimelineMark[] = []
  const add = (kind: TimelineMark['kind'], time: number, what: string) => {
    if (time <= t) out.push({ kind, time, label: `${span.name} ${what} at ${secs(time, start)}` })
  }
  for (const a of span.attempts) {
    if (a.attempt > 1) add('retry', a.start, `retried (attempt ${a.attempt})`)
    if (a.result === 'timedOut') add('timeout', a.end, `timed out (${a.error ?? 'timeout'})`)
    else if (a.result === 'failed') add('failed', a.end, `failed with ${a.error ?? 'an error'}`)
  }
  for (const i of index.messagesOfSpan.get(span.id) ?? []) {
    const m = trace.messages[i]!
    add('send', m.enqueueTime, `sent message ${m.messageId.slice(0, 8)}`)
    for (const tr of m.transitions) {
      if (tr.state === 'inactive') add('receive', tr.time, `message received (dequeue ${tr.dequeueCount})`)
      if (tr.state === 'deleted' && !m.topic) add('delete', tr.time, 'message deleted')
    }
    for (const r of m.token ? (index.reportsOfToken.get(m.token) ?? []).map((a) => trace.actions[a]!) : []) {
      add(r.result === 'OK' ? 'report' : 'reportError', r.time, `${r.kind} answered ${r.result}`)
    }
  }
  if (span.outcome === 'caught') add('caught', span.end, `caught ${span.error ?? 'an error'}`)
  else if (span.outcome === 'failed' && span.attempts.length === 0) add('failed', span.end, `failed with ${span.error ?? 'an error'}`)
  return out
}
