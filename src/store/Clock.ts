/**
 * Time as the store sees it: the debounce of code parsing and the grouping of typing bursts. Injected so the
 * headless test harness can step time by hand instead of sleeping.
 */
export interface Clock {
  now(): number
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** The browser's clock. */
export const systemClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => globalThis.setTimeout(run, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
}
