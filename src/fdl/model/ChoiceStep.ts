import type { StepBase } from './StepBase.ts'
import type { Sequence } from './Sequence.ts'

/** One `choices` entry: a condition, optional steps, optional sibling `goto` (REFERENCE §2.6). */
export interface ChoiceBranch extends Sequence {
  readonly condition?: string
  readonly goto?: string
}

/** The `default` branch, run when no condition holds. */
export interface ChoiceDefault extends Sequence {
  readonly goto?: string
}

/** Switch-case over conditions on the step input; first true branch wins (REFERENCE §2.6, §4). */
export interface ChoiceStep extends StepBase {
  readonly type: 'choice'
  readonly choices: readonly ChoiceBranch[]
  readonly default?: ChoiceDefault
  readonly end?: boolean
}
