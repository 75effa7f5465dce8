
/** Virtual time ↔ horizontal position in the timeline's scrolled content: where time `start` is, and the zoom. */
export interface TimeScale {
  readonly start: number
  readonly pxPerMs: number
}

/** Sizes of the timeline grid, in CSS pixels. */
export const TIMELINE = { labelWidth: 208, pad: 24, rowHeight: 24, axisHeight: 26, laneHeight: 24, overscan: 8 } as const

/** A tick spacing of 1, 2 or 5 × 10^k ms that puts the time axis's ticks at least `minPx` apart. */
export function tickStep(pxPerMs: number, minPx = 90): number {
  const raw = minPx / pxPerMs
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1)))
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow
  return 10 * pow
}

/** Virtual time at a content x (the inverse of `xOf`). */
export function timeAt(scale: TimeScale, x: number): number {
  return scale.start + (x - TIMELINE.labelWidth - TIMELINE.pad) / scale.pxPerMs
}

/** Content x of a virtual time (the label column and a margin come first). */
export function xOf(scale: TimeScale, time: number): number {
  return TIMELINE.labelWidth + TIMELINE.pad + (time - scale.start) * scale.pxPerMs
}

/** First index of a list sorted ascending by `key` whose key is >= `value` (binary search for windowed drawing). */
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

/** First index of a list sorted ascending by `key` whose key is > `value`: how many items are at or before it. */
export function upperBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (key(list[mid]!) <= value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Virtual time for people: seconds since the run started (`12.500 s`, or `2 min 05.000 s`, `3 h 02 min`), the
 * scale on which a flow's timeouts and waits are written.
 */
export function formatVirtual(ms: number, start: number): string {
  const d = Math.max(0, ms - start)
  if (d < 60_000) return `${(d / 1000).toFixed(3)} s`
  if (d < 3_600_000) return `${Math.floor(d / 60_000)} min ${((d % 60_000) / 1000).toFixed(3).padStart(6, '0')} s`
  if (d < 86_400_000) return `${Math.floor(d / 3_600_000)} h ${String(Math.floor((d % 3_600_000) / 60_000)).padStart(2, '0')} min`
  return `${Math.floor(d / 86_400_000)} d ${String(Math.floor((d % 86_400_000) / 3_600_000)).padStart(2, '0')} h`
}
