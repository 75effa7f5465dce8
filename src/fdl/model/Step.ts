import type { TaskStep } from './TaskStep.ts'
import type { PassStep } from './PassStep.ts'
import type { WaitStep } from './WaitStep.ts'
import type { ChoiceStep } from './ChoiceStep.ts'
import type { ParallelStep } from './ParallelStep.ts'
import type { ForeachStep } from './ForeachStep.ts'
import type { SucceedStep } from './SucceedStep.ts'
import type { FailStep } from './FailStep.ts'
import type { UnknownStep } from './UnknownStep.ts'

/**
 * A step, discriminated on `type`: the eight FDL types, plus `unknown` for a type the language does not
 * define (kept and reported, never dropped).
 */
export type Step =
  | TaskStep
  | PassStep
  | WaitStep
  | ChoiceStep
  | ParallelStep
  | ForeachStep
  | SucceedStep
  | FailStep
  | UnknownStep
