import { EvaluationError } from '../data/evaluatePath.ts'
import { evaluateMappings } from '../data/evaluateMappings.ts'
import { mergeObjects } from '../data/objects.ts'
import { enqueue, cancel } from './clock.ts'
import { contextFor, enterStep, choiceBranchEnded } from './steps.ts'
import { DATA_LIMIT_ERROR, dataBytes, overStepLimit, stepEvent } from './history.ts'
import { endExecution } from './executions.ts'
import type { ExecutionState, SeqRun, Run, StepRun } from './SimState.ts'
import type { SimContext, StepFrame, StepResult } from './SimContext.ts'
import { fanSlotEnded } from './containers.ts'
import type { Flow } from '../../fdl/model/Flow.ts'

/** Work item `advance`: runs the step at `index` of a sequence, or ends the sequence past its last step. */
export function advance(ctx: SimContext, seqRunId: number, index: number): void {
  const run = seqRun(ctx, seqRunId)
  const exec = run && ctx.state.executions[run.execution]
  if (!run || !exec || exec.status !== 'Running') return
  if (index >= run.seq.steps.length) completeSeq(ctx, exec, run)
  else enterStep(ctx, exec, run, index)
}

/**
 * A step's input (R1, R2): its inputMappings over the parent's input and local, or else the parent's input merged
 * with the parent's local (local wins). `entered` is the step's StepEntered id (`$context.step.eventId`). Throws
 * `EvaluationError`.
 */
export function stepInput(ctx: SimContext, exec: ExecutionState, run: SeqRun, index: number, token: string | null, attempt: number, entered: number): unknown {
  const step = run.seq.steps[index]!
  if (!step.inputMappings) return mergeObjects(run.parentInput, run.local, ctx.options.mergeDepth)
  const context = contextFor(ctx, exec, step.name, entered, token, attempt)
  return evaluateMappings(step.inputMappings, { input: run.parentInput, local: run.local, context }, ctx.options)
}

/** A step's output (R3, R4): its outputMappings over its own input and local, or `fallback`. Throws `EvaluationError`. */
export function stepOutput(ctx: SimContext, exec: ExecutionState, frame: StepFrame, local: unknown, fallback: Record<string, unknown>): Record<string, unknown> {
  const mappings = frame.step.outputMappings
  if (!mappings) return fallback
  const context = contextFor(ctx, exec, frame.step.name, frame.enteredEvent, null, 0)
  return evaluateMappings(mappings, { input: frame.input, local, context }, ctx.options)
}

/**
 * Ends a step with StepSucceeded or StepFailed, then StepExited, and moves its sequence on (REFERENCE §3.7): the
 * output merges into the parent local (R5), then `goto`, `succeed`, `end` or the next sibling decide what runs next. A failure propagates.
 */
export function finishStep(ctx: SimContext, exec: ExecutionState, frame: StepFrame, result: StepResult): void {
  const run = frame.seqRun
  if (frame.runId) delete ctx.state.runs[frame.runId]
  run.child = 0
  const name = frame.step.name
  if (result.ok) {
    const over = overStepLimit(ctx, name, 'its input, output and local are', frame.inputBytes + dataBytes(ctx, result.output) + dataBytes(ctx, result.local))
    if (over) return finishStep(ctx, exec, frame, { ok: false, error: DATA_LIMIT_ERROR, cause: over })
  }
  const ownLocal = ctx.options.stepEventLocal === 'step'
  if (!result.ok) {
    stepEvent(ctx, exec, frame, 'StepFailed', name, { error: result.error, cause: result.cause })
    run.lastEvent = stepEvent(ctx, exec, frame, 'StepExited', name, { local: ownLocal ? {} : run.local })
    failSeq(ctx, exec, run, result.error, result.cause)
    return
  }
  const detail = result.caught ? { output: result.output, error: result.caught.error, cause: result.caught.cause } : { output: result.output }
  stepEvent(ctx, exec, frame, 'StepSucceeded', name, detail)
  run.local = mergeObjects(run.local, result.output, ctx.options.mergeDepth)
  run.lastEvent = stepEvent(ctx, exec, frame, 'StepExited', name, { local: ownLocal ? (result.local ?? {}) : run.local })
  const steps = run.seq.steps
  if (result.goto !== undefined) {
    const target = steps.findIndex((s) => s.name === result.goto)
    if (target < 0) return failSeq(ctx, exec, run, ctx.options.runtimeErrorName, `goto target ${result.goto} is not a sibling of step ${name}.`)
    enqueue(ctx.state, { kind: 'advance', seqRun: run.id, index: target })
    return
  }
  const end = result.endSequence || ('end' in frame.step && frame.step.end === true) || frame.index + 1 >= steps.length
  if (end) completeSeq(ctx, exec, run)
  else enqueue(ctx.state, { kind: 'advance', seqRun: run.id, index: frame.index + 1 })
}

/** A sequence ran to its end: hand its local to whoever owns it (the flow, a choice, a branch or an iteration). */
export function completeSeq(ctx: SimContext, exec: ExecutionState, run: SeqRun): void {
  delete ctx.state.runs[run.id]
  if (run.owner === 0) return endFlow(ctx, exec, run)
  const owner = stepRun(ctx, run.owner)
  if (owner?.type === 'choice') choiceBranchEnded(ctx, exec, owner, { ok: true, local: run.local })
  else if (owner?.type === 'parallel' || owner?.type === 'foreach') fanSlotEnded(ctx, exec, owner, run, { ok: true, local: run.local })
}

/** A sequence failed: the failure goes to its owner, up to ExecutionFailed (REFERENCE §9.4). */
export function failSeq(ctx: SimContext, exec: ExecutionState, run: SeqRun, error: string, cause: string): void {
  delete ctx.state.runs[run.id]
  if (run.owner === 0) return endExecution(ctx, exec, 'Failed', null, error, cause)
  const owner = stepRun(ctx, run.owner)
  if (owner?.type === 'choice') choiceBranchEnded(ctx, exec, owner, { ok: false, error, cause })
  else if (owner?.type === 'parallel' || owner?.type === 'foreach') fanSlotEnded(ctx, exec, owner, run, { ok: false, error, cause })
}

/** The flow body ended: the execution output is the flow outputMappings' result, or the flow local (R7). */
export function endFlow(ctx: SimContext, exec: ExecutionState, root: SeqRun): void {
  const flow = flowOf(ctx, exec.flowKey)
  if (!flow.outputMappings) return endExecution(ctx, exec, 'Succeeded', root.local, null, null)
  try {
    const context = contextFor(ctx, exec, '', exec.events.length + 1, null, 0)
    const output = evaluateMappings(flow.outputMappings, { input: exec.flowInput, local: root.local, context }, ctx.options)
    endExecution(ctx, exec, 'Succeeded', output, null, null)
  } catch (e) {
    endExecution(ctx, exec, 'Failed', null, ctx.options.runtimeErrorName, errorText(e))
  }
}

/** The message of an evaluation error (or anything thrown by user-data handling). */
export function errorText(e: unknown): string {
  return e instanceof EvaluationError ? e.message : e instanceof Error ? e.message : String(e)
}

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
  const t = ctx.state.tokens.get(token)
  if (t && t.status === 'waiting') t.status = 'closed'
}
