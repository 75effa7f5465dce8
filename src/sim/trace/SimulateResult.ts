import type { HistoryEvent } from './HistoryEvent.ts'

/** One message in the result of `fdl simulate --json` (CONTRACTS §3). */
export interface SimulateResultMessage {
  readonly queue: string
  readonly messageId: string
  readonly body: string
  readonly priority: number
  readonly enqueueTime: string
  readonly dequeueCount: number
  readonly deleted: boolean
}

/** The object `fdl simulate --json` prints (CONTRACTS §3), exactly these keys. */
export interface SimulateResult {
  readonly status: 'Running' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Stopped'
  readonly output: unknown
  readonly error: string | null
  readonly cause: string | null
  readonly startTime: string
  readonly endTime: string | null
  readonly events: readonly HistoryEvent[]
  readonly messages: readonly SimulateResultMessage[]
}
