import type { Flow } from '../model/Flow.ts'
import type { Sequence } from '../model/Sequence.ts'
import type { Step } from '../model/Step.ts'

/** The nested sequences of a step: choice branches and default, parallel branches, a foreach or unknown step's body. */
function childSequences(step: Step): readonly Sequence[] {
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

/** Every step name used anywhere in the flow, at any depth (names must be unique flow-wide, REFERENCE §1.2). */
export function collectStepNames(flow: Flow | null): ReadonlySet<string> {
  const names = new Set<string>()
  if (!flow) return names
  const stack: Sequence[] = [flow.body]
  while (stack.length > 0) {
    for (const step of stack.pop()!.steps) {
      if (step.name) names.add(step.name)
      stack.push(...childSequences(step))
    }
  }
  return names
}
