import type { StepBase } from './StepBase.ts'
import type { Sequence } from './Sequence.ts'

/** Which array to iterate and under which keys each element and its position reach the body. */
export interface IterationMapping {
  readonly collection?: string
  readonly item?: string
  readonly index?: string
}

/** Runs `body` once per collection element, up to 100 at once (REFERENCE §2.8, §8). */
export interface ForeachStep extends StepBase {
  readonly type: 'foreach'
  readonly iterationMapping: IterationMapping
  readonly body: Sequence
  readonly end?: boolean
}
