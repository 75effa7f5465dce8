/** Virtual time ↔ horizontal position in the timeline's scrolled content: where time `start` is, and the zoom. */
export interface TimeScale {
  readonly start: number
  readonly pxPerMs: number
}
