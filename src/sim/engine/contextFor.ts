import type { ExecutionState } from './SimState.ts'
import type { SimContext } from './SimContext.ts'

/**
 * The `$context` object a step's mappings see (REFERENCE §3.5): `task.token` (waitForCallback attempts only),
 * `execution.name`, `flow.name`, `step.eventId` (the event the step is entering with). `extendedContext` adds
 * `step.name`, `execution.input` and `task.attempt`.
 */
export function contextFor(
  ctx: SimContext,
  exec: ExecutionState,
  stepName: string,
  eventId: number,
  token: string | null,
  attempt: number,
): Record<string, unknown> {
  if (ctx.options.extendedContext) {
    return {
      task: { token: token ?? undefined, attempt },
      execution: { name: exec.name, input: exec.input },
      flow: { name: exec.flowName },
      step: { eventId, name: stepName },
    }
  }
  let fixed = shared.get(exec)
  if (!fixed) {
    fixed = { execution: { name: exec.name }, flow: { name: exec.flowName } }
    shared.set(exec, fixed)
  }
  return { task: token === null ? NO_TASK : { token }, execution: fixed.execution, flow: fixed.flow, step: { eventId } }
}

/** The parts of `$context` that never change within an execution, built once (mappings only read them). */
const shared = new WeakMap<ExecutionState, { execution: unknown; flow: unknown }>()
const NO_TASK = {}
