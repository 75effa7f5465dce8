import type { SimTrace } from './SimTrace.ts'
import type { ManualAnswer } from './SimHost.ts'
import type { HeldMessage } from './SimulationState.ts'

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

/** The messages the manual worker holds after an answer: a received one is added, a deleted one dropped. */
export function heldAfter(held: readonly HeldMessage[], answer: ManualAnswer): readonly HeldMessage[] {
  const r = answer.request
  if (answer.received) return [...held, { ...answer.received, time: answer.time }]
  if (r.kind === 'DeleteMessage' && answer.ok) return held.filter((h) => h.receiptHandle !== r.receiptHandle)
  return held
}
