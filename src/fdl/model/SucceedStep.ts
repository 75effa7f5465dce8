import type { StepBase } from './StepBase.ts'

/** Ends the enclosing sequence successfully, like `return` (REFERENCE §2.9, §9.3). */
export interface SucceedStep extends StepBase {
  readonly type: 'succeed'
}
