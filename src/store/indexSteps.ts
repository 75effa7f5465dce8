import type { Flow } from '../fdl/model/Flow.ts'
import type { Sequence, Step } from '../fdl/model/Step.ts'
import { childSequences } from '../fdl/model/Step.ts'
import { pathKey } from '../fdl/model/jsonPaths.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'

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

/** A step with where it sits: its sequence (the `steps` list path), its index there and its nesting depth. */
export interface StepEntry {
  readonly step: Step
  readonly key: string
  readonly sequence: JsonPath
  readonly index: number
  readonly depth: number
}

/**
 * The collapsed containers a step sits inside (its own name is not counted): a step with any is not drawn on
 * the canvas, so arrow keys pass over it and selecting it some other way opens them.
 */
export function collapsedAncestors(index: ReadonlyMap<string, StepEntry>, path: JsonPath, collapsed: readonly string[]): string[] {
  if (collapsed.length === 0) return []
  const names: string[] = []
  for (let n = path.length - 1; n > 0; n--) {
    const entry = index.get(pathKey(path.slice(0, n)))
    if (entry && collapsed.includes(entry.step.name)) names.push(entry.step.name)
  }
  return names
}
