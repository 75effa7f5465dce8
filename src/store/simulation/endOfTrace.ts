import type { SimTrace } from './SimTrace.ts'

/** The virtual time at which the root execution ended, else how far the engine has simulated. */
export function endOfTrace(trace: SimTrace): number {
  return trace.executions[0]?.endTime ?? trace.now
}
