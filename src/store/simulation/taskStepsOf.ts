import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence, TaskStep } from '../../fdl/model/Step.ts'
import { childSequences } from '../../fdl/model/Step.ts'

/** Every task step of a flow at any depth, in document order: the rows of the scenario editor. */
export function taskStepsOf(flow: Flow | null): readonly TaskStep[] {
  const out: TaskStep[] = []
  const visit = (seq: Sequence) => {
    for (const step of seq.steps) {
      if (step.type === 'task') out.push(step)
      childSequences(step).forEach(visit)
    }
  }
  if (flow) visit(flow.body)
  return out
}
