import type { StepBase } from './StepBase.ts'
import type { Sequence } from './Sequence.ts'

/** Runs every branch concurrently; its local is the array of branch locals (REFERENCE §2.7, §8). */
export interface ParallelStep extends StepBase {
  readonly type: 'parallel'
  readonly branches: readonly Sequence[]
  readonly end?: boolean
}
