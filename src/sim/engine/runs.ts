import type { Flow } from '../../fdl/model/Flow.ts'
import { cancel } from './clock.ts'
import type { ExecutionState, Run, SeqRun, StepRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'

/** The flow an execution runs. */
export function flowOf(ctx: SimContext, flowKey: string): Flow {
  return flowKey === '' ? ctx.flow : (ctx.childFlows[flowKey] ?? ctx.flow)
}

/** A live sequence run, or undefined when it has finished or was cancelled. */
export function seqRun(ctx: SimContext, id: number): SeqRun | undefined {
  const r = ctx.state.runs[id]
  return r?.kind === 'seq' ? r : undefined
}

/** A live step run, or undefined when it has finished or was cancelled. */
export function stepRun(ctx: SimContext, id: number): StepRun | undefined {
  const r = ctx.state.runs[id]
  return r?.kind === 'step' ? r : undefined
}

/** The execution a run belongs to, only while it is still running. */
export function liveExecution(ctx: SimContext, run: Run | undefined): ExecutionState | undefined {
  if (!run) return undefined
  const exec = ctx.state.executions[run.execution]
  return exec?.status === 'Running' ? exec : undefined
}

/**
 * Stops a run and everything under it: pending timers are cancelled and waiting task tokens closed (a later
 * report gets `SimOptions.lateCallback`). Emits nothing; callers record what the cancellation means.
 */
export function cancelRun(ctx: SimContext, id: number): void {
  const run = ctx.state.runs[id]
  if (!run) return
  delete ctx.state.runs[id]
  if (run.kind === 'seq') {
    cancelRun(ctx, run.child)
    return
  }
  switch (run.type) {
    case 'task':
      cancel(ctx.state, run.timeoutTimer)
      cancel(ctx.state, run.answerTimer)
      cancel(ctx.state, run.retryTimer)
      closeToken(ctx, run.token)
      return
    case 'wait':
      cancel(ctx.state, run.timer)
      return
    case 'choice':
      cancelRun(ctx, run.branchSeq)
      return
    case 'parallel':
    case 'foreach':
      for (const child of run.running) cancelRun(ctx, child)
      return
  }
}

/** Marks a token as no longer reportable (its attempt ended some other way). */
export function closeToken(ctx: SimContext, token: string | null): void {
  if (token === null) return
  const t = ctx.state.tokens[token]
  if (t && t.status === 'waiting') t.status = 'closed'
}
