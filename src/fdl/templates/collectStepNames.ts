import type { Flow } from '../model/Flow.ts'
import type { Sequence } from '../model/Sequence.ts'
import { childSequences } from '../model/childSequences.ts'

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
