import { endExecution } from './executions.ts'
import type { SimContext } from './SimContext.ts'

/** What StopExecution achieved: done, or the service's error code and message (the caller adds a RequestId). */
export type StopResult = { readonly ok: true } | { readonly ok: false; readonly code: string; readonly message: string }

/**
 * StopExecution (REFERENCE §7.5, §10.1): a running execution ends at once with `ExecutionStopped {error, cause}` and
 * status `Stopped`; its timers and waiting task tokens are cancelled (a later report gets `SimOptions.lateCallback`),
 * and the child executions it started that still run are stopped with the same error and cause. The service's
 * StopExecution answers `ExecutionNotExists` (404) for an unknown execution and `ExecutionAlreadyCompleted` (400) for
 * one that has ended ("the flow must be in progress"); `Error` is 1–128 characters and `Cause` 1–4096, both optional
 * (empty means not given), else `InvalidArgument` (Alibaba Cloud OpenAPI metadata of fnf 2019-03-15 StopExecution).
 */
export function stopExecution(ctx: SimContext, execution: number, error: string, cause: string): StopResult {
  const exec = Number.isInteger(execution) ? ctx.state.executions[execution] : undefined
  if (!exec) return { ok: false, code: 'ExecutionNotExists', message: `Execution ${execution} does not exist.` }
  if (exec.status !== 'Running') {
    return { ok: false, code: 'ExecutionAlreadyCompleted', message: `Execution '${exec.name}' for flow '${exec.flowName}' has already completed.` }
  }
  if (error.length > 128) return { ok: false, code: 'InvalidArgument', message: 'Error must be 1-128 characters.' }
  if (cause.length > 4096) return { ok: false, code: 'InvalidArgument', message: 'Cause must be 1-4096 characters.' }
  stopTree(ctx, execution, error, cause)
  return { ok: true }
}

/** Stops an execution, then every running execution it started, depth first (children start after their parent). */
function stopTree(ctx: SimContext, execution: number, error: string, cause: string): void {
  const exec = ctx.state.executions[execution]!
  endExecution(ctx, exec, 'Stopped', null, error, cause)
  for (const child of ctx.state.executions) {
    if (child.parent?.execution === execution && child.status === 'Running') stopTree(ctx, child.id, error, cause)
  }
}
