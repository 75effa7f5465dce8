import { formatTime } from '../util/formatTime.ts'
import type { SimulateResult } from './SimulateResult.ts'
import type { Trace } from './Trace.ts'

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
