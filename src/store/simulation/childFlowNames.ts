import type { Flow } from '../../fdl/model/Flow.ts'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import { indexSteps } from '../indexSteps.ts'

/** The child flows the given flows call (`acs:fnf:::flow/NAME` task targets), each once, sorted. */
export function childFlowNames(flows: readonly (Flow | null)[]): string[] {
  const names = new Set<string>()
  for (const flow of flows) {
    for (const { step } of indexSteps(flow).values()) {
      if (step.type !== 'task' || !step.resourceArn) continue
      const target = parseResourceArn(step.resourceArn)
      if (target?.kind === 'flow' && target.flow) names.add(target.flow)
    }
  }
  return [...names].sort()
}
