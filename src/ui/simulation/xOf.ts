import { TIMELINE } from './TIMELINE.ts'
import type { TimeScale } from './TimeScale.ts'

/** Content x of a virtual time (the label column and a margin come first). */
export function xOf(scale: TimeScale, time: number): number {
  return TIMELINE.labelWidth + TIMELINE.pad + (time - scale.start) * scale.pxPerMs
}
