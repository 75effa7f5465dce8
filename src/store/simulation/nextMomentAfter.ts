import type { SimTrace } from './SimTrace.ts'

/** First index in an ascending list whose value is greater than `t`. */
function upperBound(times: readonly number[], t: number): number {
  let lo = 0
  let hi = times.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (times[mid]! <= t) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * The next virtual time after `t` at which anything happens (a history event of any execution, or a call in
 * the callback swimlane), or null when nothing does: what `Step` moves to.
 */
export function nextMomentAfter(trace: SimTrace, t: number): number | null {
  let best = Infinity
  for (const exec of trace.executions) {
    if (!exec) continue
    const i = upperBound(exec.eventTimes, t)
    if (i < exec.eventTimes.length) best = Math.min(best, exec.eventTimes[i]!)
  }
  for (const a of trace.actions) {
    if (a.time > t) {
      best = Math.min(best, a.time)
      break
    }
  }
  return best === Infinity ? null : best
}
