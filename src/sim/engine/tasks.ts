import type { TaskStep } from '../../fdl/model/Step.ts'
import type { TaskOutcome } from '../scenario/Scenario.ts'
import { base64Text } from '../util/bytes.ts'
import { cancel, schedule, randomBase64 } from './clock.ts'
import { setKey } from '../data/objects.ts'
import { invoke, targetOf } from './integrations.ts'
import { DATA_LIMIT_ERROR, dataBytes, overStepLimit, stepEvent, taskEvent } from './history.ts'
import { closeToken, liveExecution, stepRun, errorText, finishStep, stepInput, stepOutput } from './sequences.ts'
import type { ExecutionState, SeqRun, TaskRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { frameOf, contextFor } from './steps.ts'
import { evaluateMappings } from '../data/evaluateMappings.ts'
import { sendCall } from './callbacks.ts'

const DEFAULT_OUTCOME: TaskOutcome = { kind: 'succeed', output: {} }
const own = Object.prototype.hasOwnProperty

/**
 * Enters a task step (after its StepEntered `entered`): the first attempt's token (waitForCallback), its input with
 * that token, StepStarted, then the attempt. An input that cannot be made fails the step at once.
 */
export function enterTask(ctx: SimContext, exec: ExecutionState, seq: SeqRun, index: number, step: TaskStep, entered: number): void {
  const s = ctx.state
  const token = step.pattern === 'waitForCallback' ? issueToken(ctx, exec, entered) : null
  let input: unknown
  let failure: string | null = null
  try {
    input = stepInput(ctx, exec, seq, index, token, 1, entered)
  } catch (e) {
    failure = errorText(e)
  }
  const inputBytes = failure === null ? dataBytes(ctx, input ?? null) : 0
  const over = failure === null ? overStepLimit(ctx, step.name, 'its input is', inputBytes) : null
  const run: TaskRun = {
    kind: 'step', type: 'task', id: s.nextRunId++, execution: exec.id, seqRun: seq.id, index, input: input ?? null, inputBytes, enteredEvent: entered,
    lastEvent: entered, step, attempt: 0, retries: [], token: null, scheduledEvent: 0, timeoutTimer: 0, answerTimer: 0, retryTimer: 0,
    childExecution: 0,
  }
  s.runs[run.id] = run
  seq.child = run.id
  if (failure !== null || over !== null) {
    const frame = frameOf(ctx, run)
    if (frame) finishStep(ctx, exec, frame, over !== null ? { ok: false, error: DATA_LIMIT_ERROR, cause: over } : { ok: false, error: ctx.options.runtimeErrorName, cause: failure! })
    return
  }
  stepEvent(ctx, exec, run, 'StepStarted', step.name, { input: run.input })
  startAttempt(ctx, exec, run, token)
}

/**
 * One attempt: a fresh token (waitForCallback; REFERENCE §3.5, §6.5), TaskScheduled, TaskStarted, the timeout timer,
 * and the call to the integration with the scenario's outcome for this call.
 */
function startAttempt(ctx: SimContext, exec: ExecutionState, run: TaskRun, firstToken: string | null): void {
  const s = ctx.state
  const step = run.step
  run.attempt++
  let token = firstToken
  if (run.attempt > 1) {
    token = step.pattern === 'waitForCallback' ? issueToken(ctx, exec, run.enteredEvent) : null
    const seq = s.runs[run.seqRun]
    let failure: { ok: false; error: string; cause: string } | null = null
    try {
      if (seq?.kind === 'seq') run.input = stepInput(ctx, exec, seq, run.index, token, run.attempt, run.enteredEvent)
      run.inputBytes = dataBytes(ctx, run.input)
      const over = overStepLimit(ctx, step.name, 'its input is', run.inputBytes)
      if (over) failure = { ok: false, error: DATA_LIMIT_ERROR, cause: over }
    } catch (e) {
      failure = { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) }
    }
    if (failure) {
      const frame = frameOf(ctx, run)
      if (frame) finishStep(ctx, exec, frame, failure)
      return
    }
  }
  run.token = token
  if (token !== null) s.tokens.set(token, { execution: exec.id, run: run.id, attempt: run.attempt, since: s.now, status: 'waiting' })
  const outcome = nextOutcome(ctx, exec, step.name)
  const pattern = step.pattern ?? 'requestResponse'
  const detail = step.action !== undefined
    ? { action: step.action, pattern, input: run.input, attempt: run.attempt }
    : { resourceArn: step.resourceArn ?? step.resourceTag ?? '', pattern, input: run.input, attempt: run.attempt }
  run.scheduledEvent = stepEvent(ctx, exec, run, 'TaskScheduled', step.name, detail)
  taskEvent(ctx, exec, run, 'TaskStarted', {})
  const timeout = step.timeoutSeconds ?? ctx.options.defaultTaskTimeoutSeconds
  if (timeout !== null && timeout > 0) {
    run.timeoutTimer = schedule(s, s.now + Math.round(timeout * 1000), { kind: 'taskTimeout', run: run.id, attempt: run.attempt })
  }
  invoke(ctx, exec, run, outcome)
}

/** The scenario's outcome for the next call of this step in this execution (the last one repeats). */
function nextOutcome(ctx: SimContext, exec: ExecutionState, name: string): TaskOutcome {
  const n = own.call(exec.calls, name) ? exec.calls[name]! : 0
  setKey(exec.calls, name, n + 1)
  const list = own.call(ctx.scenario.tasks, name) ? ctx.scenario.tasks[name] : undefined
  if (!list || list.length === 0) return DEFAULT_OUTCOME
  return list[Math.min(n, list.length - 1)]!
}

/**
 * An opaque token, unique per attempt, shaped like the service's: base64 of `v1#flow#execution#eventId#signature`,
 * eventId being the step's StepEntered (the documented token of a flow whose first step is the task embeds 2, §6.5).
 */
function issueToken(ctx: SimContext, exec: ExecutionState, eventId: number): string {
  const sig = randomBase64(ctx.state, 24)
  return base64Text(`v1#${exec.flowName}#${exec.name}#${eventId}#${sig}`)
}

/** The attempt succeeded with `local` (the result, or the reported Output): TaskSucceeded, outputMappings, StepExited. */
export function taskSucceeded(ctx: SimContext, exec: ExecutionState, run: TaskRun, local: unknown): void {
  // The result is data of the step from now on: over the limit, the attempt fails (retry / catch apply).
  const over = overStepLimit(ctx, run.step.name, 'its input and result are', run.inputBytes + dataBytes(ctx, local))
  if (over) return taskFailed(ctx, exec, run, DATA_LIMIT_ERROR, over, false)
  endAttempt(ctx, run, 'completed')
  taskEvent(ctx, exec, run, 'TaskSucceeded', { output: local })
  const frame = frameOf(ctx, run)
  if (!frame) return
  try {
    const output = stepOutput(ctx, exec, frame, local, local as Record<string, unknown>)
    finishStep(ctx, exec, frame, { ok: true, output, local })
  } catch (e) {
    finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
}

/**
 * The attempt failed: TaskFailed, TaskTimedOut (`timedOut`) or TaskSubmitFailed (`submit`: the message, job or child
 * execution was not accepted), then retry, catch or failure (REFERENCE §5).
 */
export function taskFailed(ctx: SimContext, exec: ExecutionState, run: TaskRun, error: string, cause: string, timedOut: boolean, submit = false): void {
  endAttempt(ctx, run, 'completed')
  taskEvent(ctx, exec, run, timedOut ? 'TaskTimedOut' : submit ? 'TaskSubmitFailed' : 'TaskFailed', { error, cause })
  handleTaskError(ctx, exec, run, error, cause)
}

function endAttempt(ctx: SimContext, run: TaskRun, status: 'completed'): void {
  cancel(ctx.state, run.timeoutTimer)
  cancel(ctx.state, run.answerTimer)
  run.timeoutTimer = 0
  run.answerTimer = 0
  const t = run.token === null ? undefined : ctx.state.tokens.get(run.token)
  if (t && t.status === 'waiting') t.status = status
}

/** Work item `retry`: the back-off is over, start the next attempt. */
export function onRetry(ctx: SimContext, runId: number): void {
  const run = stepRun(ctx, runId)
  const exec = liveExecution(ctx, run)
  if (run?.type !== 'task' || !exec) return
  run.retryTimer = 0
  startAttempt(ctx, exec, run, null)
}

/** Work item `taskTimeout`: the attempt passed `timeoutSeconds` (REFERENCE §6.4). */
export function onTaskTimeout(ctx: SimContext, runId: number, attempt: number): void {
  const run = stepRun(ctx, runId)
  const exec = liveExecution(ctx, run)
  if (run?.type !== 'task' || !exec || run.attempt !== attempt) return
  run.timeoutTimer = 0
  const seconds = run.step.timeoutSeconds ?? ctx.options.defaultTaskTimeoutSeconds
  closeToken(ctx, run.token)
  taskFailed(ctx, exec, run, ctx.options.taskTimeoutError, `Task ${run.step.name} timed out after ${seconds} seconds.`, true)
}

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
    if (outcome.kind === 'succeed') sendCall(ctx, { op: 'ReportTaskSucceeded', token: run.token, output: JSON.stringify(outcome.output ?? null) }, by)
    else if (outcome.kind === 'fail') sendCall(ctx, { op: 'ReportTaskFailed', token: run.token, error: outcome.error, cause: outcome.cause }, by)
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
  if (ok) sendCall(ctx, { op: 'ReportTaskSucceeded', token: run.token, output: JSON.stringify(output) }, by)
  else sendCall(ctx, { op: 'ReportTaskFailed', token: run.token, error: error.slice(0, 128), cause: cause.slice(0, 4096) }, by)
}
