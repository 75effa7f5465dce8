import type { SimTrace, TraceStatus } from './SimTrace.ts'

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
