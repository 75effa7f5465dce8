import type { SimTrace } from './SimTrace.ts'

/**
 * The virtual time at which the run is over: the root execution's end, or later when a worker still acted on
 * its messages after it (a real worker deletes the message after its report ended the execution); while the
 * root runs, how far the engine has simulated.
 */
export function endOfTrace(trace: SimTrace): number {
  const end = trace.executions[0]?.endTime
  if (end === undefined || end === null) return trace.now
  const last = trace.actions.at(-1)?.time ?? end
  return Math.max(end, last)
}
