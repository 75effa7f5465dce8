import type { ExecutionTrace } from './Trace.ts'

/** How many of an execution's events happened at or before `t` (the history table and scrubber use it). */
export function eventCountAt(exec: ExecutionTrace, t: number): number {
  const times = exec.eventTimes
  let lo = 0
  let hi = times.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (times[mid]! <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}
