import { evaluateMappings } from '../data/evaluateMappings.ts'
import { schedule } from './clock.ts'
import { contextFor } from './contextFor.ts'
import { errorText, finishStep } from './sequences.ts'
import type { ExecutionState, TaskRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { frameOf } from './steps.ts'

const ALL = 'FnF.ALL'

/**
 * What a task error leads to (REFERENCE §5): the first retry policy naming it (or `FnF.ALL`) retries after
 * `min(interval × multiplier^(n−1), maxInterval)` while attempts remain; then the first matching catch policy
 * turns it into an output (errorMappings over `$local.error` / `$local.cause`) and jumps to its `goto`;
 * otherwise the step fails and the failure propagates.
 */
export function handleTaskError(ctx: SimContext, exec: ExecutionState, run: TaskRun, error: string, cause: string): void {
  const step = run.step
  const o = ctx.options
  const policies = step.retry ?? []
  const pi = policies.findIndex((p) => p.errors.includes(error) || p.errors.includes(ALL))
  if (pi >= 0) {
    const p = policies[pi]!
    const slot = o.retryCounters === 'shared' ? 0 : pi
    const used = run.retries[slot] ?? 0
    const max = p.maxAttempts ?? 3
    const allowed = o.retryCounting === 'retries' ? max : max - 1
    if (used < allowed) {
      run.retries[slot] = used + 1
      const seconds = Math.min((p.intervalSeconds ?? 1) * (p.multiplier ?? 2) ** used, p.maxIntervalSeconds ?? 86_400)
      run.retryTimer = schedule(ctx.state, ctx.state.now + Math.round(seconds * 1000), { kind: 'retry', run: run.id })
      return
    }
  }
  const frame = frameOf(ctx, run)
  if (!frame) return
  const policy = (step.catch ?? []).find((c) => c.errors.includes(error) || c.errors.includes(ALL))
  if (!policy) return finishStep(ctx, exec, frame, { ok: false, error, cause })
  const local: Record<string, unknown> = { error, cause }
  if (o.errorCodeAlias) Object.defineProperty(local, 'code', { value: error, enumerable: false })
  let output: Record<string, unknown> = {}
  try {
    if (step.errorMappings) {
      const context = contextFor(ctx, exec, step.name, run.enteredEvent, null, run.attempt)
      output = evaluateMappings(step.errorMappings, { input: run.input, local, context }, o)
    }
  } catch (e) {
    return finishStep(ctx, exec, frame, { ok: false, error: o.runtimeErrorName, cause: errorText(e) })
  }
  const caught = { error, cause }
  finishStep(ctx, exec, frame, policy.goto === undefined ? { ok: true, output, local, caught } : { ok: true, output, local, caught, goto: policy.goto })
}
