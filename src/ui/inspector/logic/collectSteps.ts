import type { Flow } from '../../../fdl/model/Flow.ts'
import type { Sequence, Step } from '../../../fdl/model/Step.ts'
import { childSequences } from '../../../fdl/model/Step.ts'

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
