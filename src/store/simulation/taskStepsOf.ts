import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence } from '../../fdl/model/Sequence.ts'
import type { TaskStep } from '../../fdl/model/TaskStep.ts'
import { childSequences } from '../../fdl/model/childSequences.ts'

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
