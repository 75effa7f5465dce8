import { ExecutionEnded } from './SimContext.ts'
import { liveExecution, stepRun } from './sequences.ts'
import type { CallResult, CallSource, ExecutionState, ServiceCall, TaskRun, Work } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { taskFailed, taskSucceeded } from './tasks.ts'
import { endExecution } from './executions.ts'
import { enqueue } from './clock.ts'
import { deleteMessage } from '../mns/queues.ts'

type CallWork = Extract<Work, { kind: 'call' }>

/**
 * Sends `call` to the service: it is queued after the work already due now and performed in turn (`performCall`).
 * The returned work item holds the answer (`result`) once the run loop has reached it.
 */
export function sendCall(ctx: SimContext, call: ServiceCall, by: CallSource): CallWork {
  const work: CallWork = { kind: 'call', call, by, result: null }
  enqueue(ctx.state, work)
  return work
}

/** Work item `call`: the service handles one request (REFERENCE §7.1, §7.2, §12.5) and keeps its answer. */
export function performCall(ctx: SimContext, work: CallWork): void {
  const c = work.call
  work.result =
    c.op === 'ReportTaskSucceeded' ? reportTaskSucceeded(ctx, c.token, c.output, work.by)
    : c.op === 'ReportTaskFailed' ? reportTaskFailed(ctx, c.token, c.error, c.cause, work.by)
    : deleteMessage(ctx, c.queue, c.receiptHandle, work.by.actor)
}

/**
 * ReportTaskSucceeded (REFERENCE §7.1): `output` must be the text of a JSON object; it becomes the task's
 * `$local`. A second report of the same token answers `TaskAlreadyCompleted`; an unknown token or a malformed
 * Output answers `InvalidArgument` and changes nothing.
 */
function reportTaskSucceeded(ctx: SimContext, token: string, output: string, by: CallSource): CallResult {
  const target = findTask(ctx, token)
  let parsed: unknown
  if (target.ok) {
    try {
      parsed = JSON.parse(output)
    } catch {
      return answer(ctx, 'ReportTaskSucceeded', token, by, null, { code: 'InvalidArgument', message: 'Output is not valid JSON.' })
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return answer(ctx, 'ReportTaskSucceeded', token, by, null, { code: 'InvalidArgument', message: 'Output must be a JSON object.' })
    }
  }
  return answer(ctx, 'ReportTaskSucceeded', token, by, target, null, (exec, run) => taskSucceeded(ctx, exec, run, parsed))
}

/** ReportTaskFailed (REFERENCE §7.2): `error` (1–128 characters) and `cause` (up to 4096) become the task's error. */
function reportTaskFailed(ctx: SimContext, token: string, error: string, cause: string, by: CallSource): CallResult {
  const target = findTask(ctx, token)
  if (target.ok && (error.length < 1 || error.length > 128)) {
    return answer(ctx, 'ReportTaskFailed', token, by, null, { code: error.length ? 'InvalidArgument' : 'MissingRequiredParams', message: 'Error must be 1-128 characters.' })
  }
  if (target.ok && cause.length > 4096) {
    return answer(ctx, 'ReportTaskFailed', token, by, null, { code: 'InvalidArgument', message: 'Cause must be at most 4096 characters.' })
  }
  return answer(ctx, 'ReportTaskFailed', token, by, target, null, (exec, run) => taskFailed(ctx, exec, run, error, cause, false))
}

type Found = { ok: true; exec: ExecutionState; run: TaskRun } | { ok: false; code: string; message: string; execution: number; stepName: string }

/** The task a token belongs to while it still waits, or the error the service gives for it. */
function findTask(ctx: SimContext, token: string): Found {
  const t = ctx.state.tokens.get(token)
  if (!t) return { ok: false, code: 'InvalidArgument', message: 'The task token is not valid.', execution: -1, stepName: '' }
  const exec = ctx.state.executions[t.execution]!
  const run = stepRun(ctx, t.run)
  const stepName = run?.type === 'task' ? run.step.name : ''
  if (t.status === 'completed') return { ok: false, code: 'TaskAlreadyCompleted', message: `Task ${token} has already completed.`, execution: exec.id, stepName }
  const live = liveExecution(ctx, run)
  if (t.status === 'closed' || !live || run?.type !== 'task' || run.attempt !== t.attempt) {
    const code = ctx.options.lateCallback
    return { ok: false, code, message: code === 'TaskAlreadyCompleted' ? `Task ${token} has already completed.` : 'The task token is no longer valid.', execution: exec.id, stepName }
  }
  return { ok: true, exec: live, run }
}

function answer(
  ctx: SimContext,
  kind: 'ReportTaskSucceeded' | 'ReportTaskFailed',
  token: string,
  by: CallSource,
  target: Found | null,
  invalid: { code: string; message: string } | null,
  effect?: (exec: ExecutionState, run: TaskRun) => void,
): CallResult {
  const error = invalid ?? (target && !target.ok ? target : null)
  const s = ctx.state
  const found = target?.ok ? target : null
  s.actions.push({
    time: s.now, kind, actor: by.actor, queue: by.queue, messageId: by.messageId, receiptHandle: '', token,
    result: error ? error.code : 'OK', since: s.now,
    execution: found ? found.exec.id : target && !target.ok ? target.execution : -1,
    stepName: found ? found.run.step.name : target && !target.ok ? target.stepName : '',
  })
  ctx.progress++
  if (error || !found || !effect) return { ok: false, code: error?.code ?? 'InvalidArgument', message: error?.message ?? 'The task token is not valid.' }
  const t = s.tokens.get(token)!
  t.status = 'completed'
  const eventId = found.exec.events.length + 1
  try {
    effect(found.exec, found.run)
  } catch (e) {
    if (!(e instanceof ExecutionEnded)) throw e
  }
  return { ok: true, eventId }
}

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
