import type { HistoryEvent, Trace } from './Trace.ts'
import { formatTime } from '../util/time.ts'

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

/** The contract's result object (CONTRACTS §3) for the root execution of a trace. */
export function toSimulateResult(trace: Trace): SimulateResult {
  const root = trace.executions[0]!
  return {
    status: root.status,
    output: root.status === 'Succeeded' ? root.output : null,
    error: root.error,
    cause: root.cause,
    startTime: formatTime(root.startTime),
    endTime: root.endTime === null ? null : formatTime(root.endTime),
    events: root.events,
    messages: trace.messages.map((m) => ({
      queue: m.queue,
      messageId: m.messageId,
      body: m.body,
      priority: m.priority,
      enqueueTime: formatTime(m.enqueueTime),
      dequeueCount: m.dequeueCount,
      deleted: m.state === 'deleted',
    })),
  }
}
