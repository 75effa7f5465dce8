/** Sizes of the timeline grid, in CSS pixels. */
export const TIMELINE = { labelWidth: 208, pad: 24, rowHeight: 24, axisHeight: 26, laneHeight: 24, overscan: 8 } as const

/** Virtual time ↔ horizontal position in the timeline's scrolled content. */
export interface TimeScale {
  readonly start: number
  readonly pxPerMs: number
}

/** Content x of a virtual time (the label column comes first). */
export function xOf(scale: TimeScale, time: number): number {
  return TIMELINE.labelWidth + TIMELINE.pad + (time - scale.start) * scale.pxPerMs
}

/** Virtual time at a content x. */
export function timeAt(scale: TimeScale, x: number): number {
  return scale.start + (x - TIMELINE.labelWidth - TIMELINE.pad) / scale.pxPerMs
}

/** A tick spacing of 1, 2 or 5 × 10^k ms that puts ticks at least `minPx` apart. */
export function tickStep(pxPerMs: number, minPx = 90): number {
  const raw = minPx / pxPerMs
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1)))
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow
  return 10 * pow
}

/** First index of an ascending list whose key is >= `value`. */
export function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(list[mid]!) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
