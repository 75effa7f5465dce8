import type { CallbackAction } from './CallbackAction.ts'
import type { HistoryEvent } from './HistoryEvent.ts'
import type { MessageRecord } from './MessageRecord.ts'

/** One execution as the trace shows it: its record and its history (times in virtual ms alongside). */
export interface ExecutionTrace {
  readonly id: number
  readonly name: string
  readonly flowName: string
  /** The parent execution and task run for a child flow, else null. */
  readonly parent: { readonly execution: number; readonly run: number; readonly attempt: number; readonly pattern: string } | null
  readonly input: unknown
  readonly flowInput: unknown
  readonly status: 'Running' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Stopped'
  readonly output: unknown
  readonly error: string | null
  readonly cause: string | null
  readonly startTime: number
  readonly endTime: number | null
  readonly events: readonly HistoryEvent[]
  readonly eventTimes: readonly number[]
  /** `$local` of choice / parallel / foreach steps by their StepEntered event id. */
  readonly containerLocals: Readonly<Record<number, unknown>>
  /** Branch / iteration count of parallel and foreach steps by their StepEntered event id. */
  readonly fanTotals: Readonly<Record<number, number>>
}

/**
 * Everything a simulation produced, as data: executions (index 0 is the root) with their histories, every MNS
 * message with its state changes, and the callback swimlane's calls. The designer receives it in deltas and
 * projects it at a time `t` (`src/store/simulation/*At.ts`). Times are virtual ms since the epoch.
 */
export interface Trace {
  readonly startTime: number
  /** The virtual time the simulation has reached. */
  readonly now: number
  readonly executions: readonly ExecutionTrace[]
  readonly messages: readonly MessageRecord[]
  readonly actions: readonly CallbackAction[]
}
