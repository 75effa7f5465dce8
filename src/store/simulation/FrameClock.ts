/**
 * Real time for playback: a clock and animation frames. Injected so tests drive playback by hand and the
 * browser uses `performance.now` and `requestAnimationFrame`.
 */
export interface FrameClock {
  now(): number
  request(run: () => void): unknown
  cancel(handle: unknown): void
}
