import type { Flow } from '../fdl/model/Flow.ts'
import type { Sequence } from '../fdl/model/Step.ts'
import type { StepEntry } from './StepEntry.ts'
import { childSequences } from '../fdl/model/Step.ts'
import { pathKey } from '../fdl/model/jsonPaths.ts'

/** Every step of a flow keyed by {@link pathKey}, in document order (a map iterates in insertion order). */
export function indexSteps(flow: Flow | null): ReadonlyMap<string, StepEntry> {
  const index = new Map<string, StepEntry>()
  const walk = (sequence: Sequence, depth: number) => {
    sequence.steps.forEach((step, i) => {
      const key = pathKey(step.path)
      index.set(key, { step, key, sequence: sequence.path, index: i, depth })
      for (const child of childSequences(step)) walk(child, depth + 1)
    })
  }
  if (flow) walk(flow.body, 0)
  return index
}
