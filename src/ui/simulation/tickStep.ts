/** A tick spacing of 1, 2 or 5 × 10^k ms that puts the time axis's ticks at least `minPx` apart. */
export function tickStep(pxPerMs: number, minPx = 90): number {
  const raw = minPx / pxPerMs
  const pow = 10 ** Math.floor(Math.log10(Math.max(raw, 1)))
  for (const m of [1, 2, 5, 10]) if (m * pow >= raw) return m * pow
  return 10 * pow
}
