import type { CallbackAction } from '../../sim/trace/CallbackAction.ts'
import type { TraceMessage } from './SimTrace.ts'

/** Per-trace-version lookups for marks: a span's messages and the reports made with each token. */
export interface TraceLookups {
  readonly messagesOfSpan: ReadonlyMap<number, readonly TraceMessage[]>
  readonly reportsOfToken: ReadonlyMap<string, readonly CallbackAction[]>
}
