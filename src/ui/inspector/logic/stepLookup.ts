import type { Flow } from '../../../fdl/model/Flow.ts'
import type { Sequence, Step } from '../../../fdl/model/Step.ts'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { samePath } from '../../../fdl/model/jsonPaths.ts'
import { childSequences } from '../../../fdl/model/Step.ts'

/**
 * The step at `path` anywhere in the flow, or null when the path names none (a stale selection after an
 * edit must show the flow form, not crash). Also returns the sequence holding it, for `goto` choices.
 */
export function findStep(flow: Flow, path: JsonPath): { readonly step: Step; readonly sequence: Sequence } | null {
  const visit = (sequence: Sequence): { step: Step; sequence: Sequence } | null => {
    for (const step of sequence.steps) {
      if (samePath(step.path, path)) return { step, sequence }
      for (const child of childSequences(step)) {
        const found = visit(child)
        if (found) return found
      }
    }
    return null
  }
  return visit(flow.body)
}

/** Every step in the flow at any depth, in document order: names must be unique across all of them. */
export function collectSteps(flow: Flow): readonly Step[] {
  const out: Step[] = []
  const visit = (sequence: Sequence) => {
    for (const step of sequence.steps) {
      out.push(step)
      childSequences(step).forEach(visit)
    }
  }
  visit(flow.body)
  return out
}
