import type { TaskOutcome } from '../scenario/Scenario.ts'
import { reportTaskFailed, reportTaskSucceeded } from './callbacks.ts'
import { targetOf } from './integrations.ts'
import { liveExecution, stepRun } from './runs.ts'
import type { SimContext } from './SimContext.ts'
import { taskFailed, taskSucceeded } from './tasks.ts'

/**
 * Work item `answer`: a function / API / mocked child flow returns (`via: return`), or the party holding the token
 * reports it (`via: callback`: an FC function or a topic subscriber, through the same API a worker uses).
 */
export function onAnswer(ctx: SimContext, runId: number, attempt: number, outcome: TaskOutcome, via: 'return' | 'callback'): void {
  const run = stepRun(ctx, runId)
  const exec = liveExecution(ctx, run)
  if (run?.type !== 'task' || !exec || run.attempt !== attempt) return
  run.answerTimer = 0
  if (via === 'callback') {
    if (run.token === null) return
    const kind = targetOf(run.step).kind
    const by = { actor: kind === 'mns-topic' ? ('subscriber' as const) : kind === 'flow' ? ('childFlow' as const) : ('function' as const), queue: '', messageId: '' }
    if (outcome.kind === 'succeed') reportTaskSucceeded(ctx, run.token, JSON.stringify(outcome.output ?? null), by)
    else if (outcome.kind === 'fail') reportTaskFailed(ctx, run.token, outcome.error, outcome.cause, by)
    return
  }
  if (outcome.kind === 'fail') return taskFailed(ctx, exec, run, outcome.error, outcome.cause, false)
  if (outcome.kind !== 'succeed') return
  const out = outcome.output
  if (typeof out === 'object' && out !== null && !Array.isArray(out)) return taskSucceeded(ctx, exec, run, out)
  taskFailed(ctx, exec, run, ctx.options.invalidLocalError, `The result ${JSON.stringify(out) ?? 'undefined'} is not a JSON object.`, false)
}

/**
 * Work item `childEnded`: a nested execution finished. A `sync` caller gets its output or error; a
 * `waitForCallback` caller gets a report on its token (`childCallbackOnFinish`), if the child received it.
 */
export function onChildEnded(ctx: SimContext, childId: number): void {
  const child = ctx.state.executions[childId]
  const p = child?.parent
  if (!child || !p) return
  const run = stepRun(ctx, p.run)
  const exec = liveExecution(ctx, run)
  if (run?.type !== 'task' || !exec || run.attempt !== p.attempt || run.childExecution !== childId) return
  const ok = child.status === 'Succeeded'
  const output = typeof child.output === 'object' && child.output !== null && !Array.isArray(child.output) ? child.output : {}
  const error = child.error || 'FnF.ExecutionFailed'
  const cause = child.cause ?? ''
  if (p.pattern === 'sync') return ok ? taskSucceeded(ctx, exec, run, output) : taskFailed(ctx, exec, run, error, cause, false)
  if (p.pattern !== 'waitForCallback' || !ctx.options.childCallbackOnFinish || run.token === null) return
  if (ctx.options.callbackNeedsToken && !(JSON.stringify(child.input) ?? '').includes(run.token)) return
  const by = { actor: 'childFlow' as const, queue: '', messageId: '' }
  if (ok) reportTaskSucceeded(ctx, run.token, JSON.stringify(output), by)
  else reportTaskFailed(ctx, run.token, error.slice(0, 128), cause.slice(0, 4096), by)
}
