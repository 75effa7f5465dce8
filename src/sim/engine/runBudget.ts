import { endExecution } from './executions.ts'
import type { SimContext } from './SimContext.ts'
import type { SimState } from './SimState.ts'

/** The error of the executions a run stops when it reaches its budget: the simulator's own, not the service's. */
export const RUN_LIMIT_ERROR = 'Simulator.RunLimitExceeded'

/**
 * History events and worker calls held by each run, by its state. Kept beside the state (not in it) so the state
 * stays the engine's plain data; a state copied elsewhere (e.g. into a Web Worker) is counted once from scratch.
 */
const used = new WeakMap<SimState, number>()

/**
 * Charges a piece of work's new events and worker calls (`added`, from `ctx.progress`) to the run's budget
 * (`maxRunEvents`). Once it is reached, every running execution fails with {@link RUN_LIMIT_ERROR}: a loop in
 * one execution is stopped by `maxEvents`, but many executions together (child flows, foreach) could otherwise
 * hold millions of events and run the page or the process out of memory.
 */
export function chargeRunBudget(ctx: SimContext, added: number): void {
  const s = ctx.state
  const total = (used.get(s) ?? countHeld(s) - added) + added
  used.set(s, total)
  const limit = ctx.options.maxRunEvents
  if (total < limit) return
  const cause = `The simulation reached its limit of ${limit} history events and worker calls across all executions (maxRunEvents), which keeps its memory bounded; look for a loop that never ends.`
  for (const exec of s.executions) if (exec.status === 'Running') endExecution(ctx, exec, 'Failed', null, RUN_LIMIT_ERROR, cause)
}

function countHeld(s: SimState): number {
  let n = s.actions.length
  for (const exec of s.executions) n += exec.events.length
  return n
}
