import type { StepBase } from './StepBase.ts'

/** Ends the sequence with an error that propagates to the execution (REFERENCE §2.10, §9.4). */
export interface FailStep extends StepBase {
  readonly type: 'fail'
  readonly error?: string
  readonly cause?: string
}
