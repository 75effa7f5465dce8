import type { Sequence } from './Sequence.ts'
import type { Step } from './Step.ts'

/** The sequences nested directly in a step, in document order: choice branches then default, parallel branches, a foreach body. */
export function childSequences(step: Step): readonly Sequence[] {
  switch (step.type) {
    case 'choice':
      return step.default ? [...step.choices, step.default] : step.choices
    case 'parallel':
      return step.branches
    case 'foreach':
      return [step.body]
    case 'unknown':
      return step.body ? [step.body] : []
    default:
      return []
  }
}
