import type { HistoryEvent } from '../../sim/trace/Trace.ts'
import type { TraceExecution, TraceMessage, TraceToken } from './SimTrace.ts'
import type { TraceAction } from './TraceAction.ts'

/** What changed in one execution: its status fields and the events after the first `from`. */
export interface ExecutionDelta extends Omit<TraceExecution, 'events' | 'eventTimes' | 'containerLocals' | 'fanTotals'> {
  /** Only the container locals and fan totals not sent before. */
  readonly containerLocals: Readonly<Record<string, unknown>>
  readonly fanTotals: Readonly<Record<string, number>>
  readonly from: number
  readonly events: readonly HistoryEvent[]
  readonly eventTimes: readonly number[]
}

/**
 * One update from the engine host to the view, small enough to post from a Web Worker without a long
 * main-thread task: new events and actions are appended, changed messages and tokens replace their entry.
 */
export interface TraceDelta {
  readonly now: number
  readonly done: boolean
  readonly blocked: boolean
  readonly executions: readonly ExecutionDelta[]
  readonly messages: readonly TraceMessage[]
  readonly actionsFrom: number
  readonly actions: readonly TraceAction[]
  readonly tokens: readonly TraceToken[]
}
