import type { CallbackAction } from '../../sim/trace/CallbackAction.ts'
import type { SimTrace, TraceMessage } from './SimTrace.ts'
import type { TraceIndex } from './TraceIndex.ts'
import type { TraceLookups } from './TraceLookups.ts'

/** Builds the mark lookups of a trace (once per trace version, not per frame). */
export function buildLookups(trace: SimTrace, index: TraceIndex): TraceLookups {
  const messagesOfSpan = new Map<number, TraceMessage[]>()
  for (const m of trace.messages) {
    if (!m) continue
    const span = index.spanOfEvent.get(`${m.execution}:${m.taskEvent}`)
    if (span === undefined) continue
    const list = messagesOfSpan.get(span)
    if (list) list.push(m)
    else messagesOfSpan.set(span, [m])
  }
  const reportsOfToken = new Map<string, CallbackAction[]>()
  for (const a of trace.actions) {
    if (a.kind !== 'ReportTaskSucceeded' && a.kind !== 'ReportTaskFailed') continue
    const list = reportsOfToken.get(a.token)
    if (list) list.push(a)
    else reportsOfToken.set(a.token, [a])
  }
  return { messagesOfSpan, reportsOfToken }
}
