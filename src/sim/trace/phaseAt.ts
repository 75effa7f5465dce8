import type { Span, SpanPhase } from './Span.ts'

/** The phase a span is in at time `t` (the last phase starting at or before `t`), or null before it started. */
export function phaseAt(span: Span, t: number): SpanPhase | null {
  if (t < span.start) return null
  const phases = span.phases
  let lo = 0
  let hi = phases.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (phases[mid]!.time <= t) lo = mid
    else hi = mid - 1
  }
  return phases[lo]!
}
