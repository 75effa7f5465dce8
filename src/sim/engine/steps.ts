import type { SucceedStep, WaitStep, ChoiceStep, Sequence } from '../../fdl/model/Step.ts'
import { evaluatePath, EvaluationError } from '../data/evaluatePath.ts'
import { mergeObjects } from '../data/objects.ts'
import { parseTimestamp } from '../util/time.ts'
import { schedule, enqueue } from './clock.ts'
import { enterForeach, enterParallel } from './containers.ts'
import { DATA_LIMIT_ERROR, dataBytes, overStepLimit, stepEntered, stepEvent } from './history.ts'
import { liveExecution, seqRun as liveSeq, stepRun, endFlow, errorText, finishStep, stepInput, stepOutput } from './sequences.ts'
import type { ExecutionState, SeqRun, StepRun, WaitRun, ChoiceRun } from './SimState.ts'
import type { SimContext, StepFrame } from './SimContext.ts'
import { enterTask } from './tasks.ts'
import { evaluateCondition } from '../condition/evaluateCondition.ts'

/** The wait step's documented maximum (REFERENCE §2.5): two days. */
const MAX_WAIT_SECONDS = 172_800

/**
 * Enters the step at `index` of a running sequence: StepEntered, its input (R1, R2), StepStarted with it, then the
 * type's behaviour (the events are described in `stepEvents.ts`). A step whose input cannot be made, or is over the
 * data limit, fails as it is entered (a foreach runs no iteration, a wait does not wait first).
 */
export function enterStep(ctx: SimContext, exec: ExecutionState, run: SeqRun, index: number): void {
  const step = run.seq.steps[index]!
  const entered = stepEntered(ctx, exec, run, step.name)
  if (step.type === 'task') return enterTask(ctx, exec, run, index, step, entered)
  let input: unknown
  try {
    input = stepInput(ctx, exec, run, index, null, 0, entered)
  } catch (e) {
    const failed: StepFrame = { seqRun: run, index, step, input: null, inputBytes: 0, enteredEvent: entered, runId: 0, lastEvent: entered }
    return finishStep(ctx, exec, failed, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
  const frame: StepFrame = { seqRun: run, index, step, input, inputBytes: dataBytes(ctx, input), enteredEvent: entered, runId: 0, lastEvent: entered }
  const over = overStepLimit(ctx, step.name, 'its input is', frame.inputBytes)
  if (over) return finishStep(ctx, exec, frame, { ok: false, error: DATA_LIMIT_ERROR, cause: over })
  stepEvent(ctx, exec, frame, 'StepStarted', step.name, { input })
  switch (step.type) {
    case 'pass':
      return finishWithOutput(ctx, exec, frame, false)
    case 'succeed':
      return enterSucceed(ctx, exec, frame, step)
    case 'fail':
      return finishStep(ctx, exec, frame, { ok: false, error: step.error ?? ctx.options.failDefaultError, cause: step.cause ?? '' })
    case 'wait':
      return enterWait(ctx, exec, frame, step)
    case 'choice':
      return enterChoice(ctx, exec, frame, step)
    case 'parallel':
      return enterParallel(ctx, exec, frame, step)
    case 'foreach':
      return enterForeach(ctx, exec, frame, step)
    case 'unknown':
      return finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: `Step ${step.name} has type \`${step.declaredType}\`, which cannot be simulated.` })
  }
}

/** The frame of a running step, or undefined when its sequence is gone. */
export function frameOf(ctx: SimContext, run: StepRun): StepFrame | undefined {
  const seq = liveSeq(ctx, run.seqRun)
  const step = seq?.seq.steps[run.index]
  if (!seq || !step) return undefined
  return { seqRun: seq, index: run.index, step, input: run.input, inputBytes: run.inputBytes, enteredEvent: run.enteredEvent, runId: run.id, lastEvent: run.lastEvent }
}

/** Ends a step whose local is empty (pass, wait, succeed): output from outputMappings, else `{}`. */
function finishWithOutput(ctx: SimContext, exec: ExecutionState, frame: StepFrame, endSequence: boolean): void {
  try {
    const output = stepOutput(ctx, exec, frame, {}, {})
    finishStep(ctx, exec, frame, { ok: true, output, local: {}, endSequence })
  } catch (e) {
    finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
}

/** `succeed` ends its sequence, or with `succeedScope: execution` the whole execution (REFERENCE §9.3). */
function enterSucceed(ctx: SimContext, exec: ExecutionState, frame: StepFrame, step: SucceedStep): void {
  if (ctx.options.succeedScope === 'sequence' || frame.seqRun.owner === 0) return finishWithOutput(ctx, exec, frame, true)
  let output: Record<string, unknown>
  try {
    output = stepOutput(ctx, exec, frame, {}, {})
  } catch (e) {
    return finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
  stepEvent(ctx, exec, frame, 'StepSucceeded', step.name, { output })
  frame.seqRun.local = mergeObjects(frame.seqRun.local, output, ctx.options.mergeDepth)
  stepEvent(ctx, exec, frame, 'StepExited', step.name, { local: ctx.options.stepEventLocal === 'step' ? {} : frame.seqRun.local })
  const root = liveSeq(ctx, exec.rootSeq)
  if (root) endFlow(ctx, exec, root)
}

/** `wait`: a duration or timestamp, constant or `$.path` into the step input (REFERENCE §2.5, R11). */
function enterWait(ctx: SimContext, exec: ExecutionState, frame: StepFrame, step: WaitStep): void {
  let seconds: number
  try {
    seconds = waitSeconds(ctx, step, frame.input)
  } catch (e) {
    return finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
  const s = ctx.state
  const run: WaitRun = {
    kind: 'step', type: 'wait', id: s.nextRunId++, execution: exec.id, seqRun: frame.seqRun.id, index: frame.index,
    input: frame.input, inputBytes: frame.inputBytes, enteredEvent: frame.enteredEvent, lastEvent: frame.lastEvent, step, timer: 0,
  }
  s.runs[run.id] = run
  frame.seqRun.child = run.id
  run.timer = schedule(s, s.now + Math.round(Math.max(0, seconds) * 1000), { kind: 'waitDone', run: run.id })
}

/** Work item `waitDone`. */
export function onWaitDone(ctx: SimContext, runId: number): void {
  const run = stepRun(ctx, runId)
  const exec = liveExecution(ctx, run)
  const frame = run && frameOf(ctx, run)
  if (!run || !exec || !frame) return
  finishWithOutput(ctx, exec, frame, false)
}

function waitSeconds(ctx: SimContext, step: WaitStep, input: unknown): number {
  if (step.duration !== undefined) {
    const fromPath = typeof step.duration === 'string' && step.duration.startsWith('$')
    const d = fromPath ? readPath(step.duration as string, input) : step.duration
    // A value read from the input follows the constant's rule (the validator's wait-duration-invalid): a whole
    // number of seconds, 0 or more. 2.5, -5 or "10" fail the step and say why, instead of being bent to fit.
    const n = typeof d === 'number' ? d : !fromPath && typeof d === 'string' && d.trim() !== '' ? Number(d) : Number.NaN
    if (!Number.isInteger(n) || n < 0) {
      const where = fromPath ? ` (read from ${step.duration as string})` : ''
      throw new EvaluationError(`duration ${JSON.stringify(d) ?? 'null'}${where} is not a whole number of seconds (0 or more).`)
    }
    if (n > MAX_WAIT_SECONDS) throw new EvaluationError(`duration ${n} s is longer than the 2-day maximum of a wait step.`)
    return n
  }
  if (step.timestamp !== undefined) {
    const t = step.timestamp.startsWith('$') ? readPath(step.timestamp, input) : step.timestamp
    const ms = typeof t === 'string' ? parseTimestamp(t) : null
    if (ms === null) throw new EvaluationError(`timestamp ${JSON.stringify(t) ?? 'null'} is not an RFC 3339 time.`)
    const seconds = (ms - ctx.state.now) / 1000
    if (seconds > MAX_WAIT_SECONDS) throw new EvaluationError(`timestamp ${t} is more than the 2-day maximum of a wait step away.`)
    return seconds
  }
  throw new EvaluationError('A wait step needs `duration` or `timestamp`.')
}

function readPath(path: string, input: unknown): unknown {
  const r = evaluatePath(path, { $: input })
  return r.found ? r.value : null
}

/**
 * `choice` (REFERENCE §2.6, §4): the first condition that holds on the step input wins, else `default`; its
 * steps run as children (R9), then its `goto` (if any) picks the next sibling. No match and no default: the step
 * just ends.
 */
export function enterChoice(ctx: SimContext, exec: ExecutionState, frame: StepFrame, step: ChoiceStep): void {
  let chosen: (Sequence & { readonly goto?: string }) | undefined
  try {
    for (const c of step.choices) {
      if (c.condition === undefined) throw new EvaluationError('A choice has no condition.')
      if (evaluateCondition(c.condition, frame.input, ctx.options)) {
        chosen = c
        break
      }
    }
  } catch (e) {
    return finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
  chosen ??= step.default
  if (!chosen || chosen.steps.length === 0) return finishChoice(ctx, exec, frame, {}, chosen?.goto)
  const s = ctx.state
  const run: ChoiceRun = {
    kind: 'step', type: 'choice', id: s.nextRunId++, execution: exec.id, seqRun: frame.seqRun.id, index: frame.index,
    input: frame.input, inputBytes: frame.inputBytes, enteredEvent: frame.enteredEvent, lastEvent: frame.lastEvent, step, goto: chosen.goto, branchSeq: 0,
  }
  const branch: SeqRun = {
    kind: 'seq', id: s.nextRunId++, execution: exec.id, owner: run.id, slot: 0, seq: chosen,
    parentInput: frame.input, local: {}, scopeEvent: frame.lastEvent, lastEvent: frame.lastEvent, child: 0,
  }
  run.branchSeq = branch.id
  s.runs[run.id] = run
  s.runs[branch.id] = branch
  frame.seqRun.child = run.id
  enqueue(s, { kind: 'advance', seqRun: branch.id, index: 0 })
}

/** The chosen branch's steps ended: the branch local is the choice's local; a failure fails the choice. */
export function choiceBranchEnded(
  ctx: SimContext,
  exec: ExecutionState,
  run: ChoiceRun,
  result: { ok: true; local: Record<string, unknown> } | { ok: false; error: string; cause: string },
): void {
  const frame = frameOf(ctx, run)
  if (!frame) return
  if (!result.ok) return finishStep(ctx, exec, frame, result)
  finishChoice(ctx, exec, frame, result.local, run.goto)
}

function finishChoice(ctx: SimContext, exec: ExecutionState, frame: StepFrame, local: Record<string, unknown>, goto: string | undefined): void {
  exec.containerLocals[frame.enteredEvent] = local
  try {
    const output = stepOutput(ctx, exec, frame, local, local)
    finishStep(ctx, exec, frame, goto === undefined ? { ok: true, output, local } : { ok: true, output, local, goto })
  } catch (e) {
    finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
}

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
