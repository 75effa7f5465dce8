import { TIMELINE } from './TIMELINE.ts'
import type { TimeScale } from './TimeScale.ts'

/** Virtual time at a content x (the inverse of `xOf`). */
export function timeAt(scale: TimeScale, x: number): number {
  return scale.start + (x - TIMELINE.labelWidth - TIMELINE.pad) / scale.pxPerMs
}
