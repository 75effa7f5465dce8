import type { ForeachStep, ParallelStep } from '../../fdl/model/Step.ts'
import { evaluatePath } from '../data/evaluatePath.ts'
import { copyKeys, isPlain, setKey } from '../data/objects.ts'
import { jsonBytes } from '../util/bytes.ts'
import { enqueue } from './clock.ts'
import { DATA_LIMIT_ERROR, dataCause, emit } from './history.ts'
import { cancelRun, seqRun as liveSeq, errorText, finishStep, stepOutput } from './sequences.ts'
import type { ExecutionState, FanRun, SeqRun } from './SimState.ts'
import type { SimContext, StepFrame } from './SimContext.ts'
import { frameOf } from './steps.ts'

/** `parallel` (REFERENCE §2.7, §8): every branch starts now with the step's input (R8); locals in branch order. */
export function enterParallel(ctx: SimContext, exec: ExecutionState, frame: StepFrame, step: ParallelStep): void {
  const run = createFan(ctx, exec, frame, 'parallel', step.branches.length, [])
  if (run.total === 0) return finishFan(ctx, exec, run)
  for (let i = 0; i < run.total; i++) startSlot(ctx, exec, run)
}

/**
 * `foreach` (REFERENCE §2.8, §8): one iteration per element of the collection (`$.path` into the step input),
 * at most `foreachConcurrency` running at once, the rest starting in collection order as others end.
 */
export function enterForeach(ctx: SimContext, exec: ExecutionState, frame: StepFrame, step: ForeachStep): void {
  const { collection, item } = step.iterationMapping
  const fail = (cause: string) => finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause })
  if (!collection || !item) return fail(`foreach ${step.name} needs iterationMapping.collection and iterationMapping.item.`)
  let items: readonly unknown[]
  try {
    const r = evaluatePath(collection, { $: frame.input })
    if (r.found && Array.isArray(r.value)) items = r.value
    else if (ctx.options.collectionNotArray === 'empty') items = []
    else return fail(`The collection ${collection} is ${r.found ? 'not a list' : 'missing from the step input'}.`)
  } catch (e) {
    return fail(errorText(e))
  }
  const run = createFan(ctx, exec, frame, 'foreach', items.length, items)
  if (run.total === 0) return finishFan(ctx, exec, run)
  const limit = Math.max(1, Math.floor(ctx.options.foreachConcurrency))
  while (run.next < run.total && run.running.length < limit) startSlot(ctx, exec, run)
}

function createFan(ctx: SimContext, exec: ExecutionState, frame: StepFrame, type: 'parallel' | 'foreach', total: number, items: readonly unknown[]): FanRun {
  const s = ctx.state
  const run: FanRun = {
    kind: 'step', type, id: s.nextRunId++, execution: exec.id, seqRun: frame.seqRun.id, index: frame.index,
    input: frame.input, inputBytes: frame.inputBytes, enteredEvent: frame.enteredEvent, lastEvent: frame.lastEvent, startedEvent: frame.lastEvent, step: frame.step, total, items, next: 0,
    running: [], locals: new Array<unknown>(total).fill(null), slotEvents: new Array<number>(total).fill(0), done: 0, failure: null,
    dataBytes: ctx.options.stepDataLimitBytes > 0 ? frame.inputBytes + 2 : 0,
  }
  s.runs[run.id] = run
  frame.seqRun.child = run.id
  exec.fanTotals[frame.enteredEvent] = total
  return run
}

/** Starts the next branch / iteration: BranchEntered or IterationEntered, then its first step. */
function startSlot(ctx: SimContext, exec: ExecutionState, run: FanRun): void {
  const slot = run.next++
  const name = run.step.name
  let input = run.input
  let seq
  let entered: number
  if (run.type === 'parallel') {
    seq = (run.step as ParallelStep).branches[slot]!
    entered = emit(ctx, exec, 'BranchEntered', name, run.startedEvent, { index: slot })
  } else {
    const step = run.step as ForeachStep
    const iter = isPlain(input) ? copyKeys(input) : {}
    setKey(iter, step.iterationMapping.item!, run.items[slot])
    if (step.iterationMapping.index) setKey(iter, step.iterationMapping.index, slot)
    input = iter
    seq = step.body
    entered = emit(ctx, exec, 'IterationEntered', name, run.startedEvent, { input, index: slot })
  }
  const s = ctx.state
  const child: SeqRun = {
    kind: 'seq', id: s.nextRunId++, execution: exec.id, owner: run.id, slot, seq,
    parentInput: input, local: {}, scopeEvent: entered, lastEvent: entered, child: 0,
  }
  s.runs[child.id] = child
  run.running.push(child.id)
  run.slotEvents[slot] = entered
  enqueue(s, { kind: 'advance', seqRun: child.id, index: 0 })
}

/**
 * A branch / iteration ended. Its local is kept in order; a failure fails the step, cancelling the others with
 * `cancelOnFailure` (each recorded as exited with `cancelled: true`) or once they have ended.
 */
export function fanSlotEnded(
  ctx: SimContext,
  exec: ExecutionState,
  run: FanRun,
  seq: SeqRun,
  result: { ok: true; local: Record<string, unknown> } | { ok: false; error: string; cause: string },
): void {
  const exited = run.type === 'parallel' ? 'BranchExited' : 'IterationExited'
  const slot = seq.slot
  const pos = run.running.indexOf(seq.id)
  if (pos >= 0) run.running.splice(pos, 1)
  run.done++
  if (result.ok) {
    run.locals[slot] = result.local
    run.lastEvent = emit(ctx, exec, exited, run.step.name, run.slotEvents[slot]!, { output: result.local, index: slot })
    // The step's `$local` grows as each branch / iteration ends: past the data limit the step fails now.
    const limit = ctx.options.stepDataLimitBytes
    if (limit > 0 && (run.dataBytes += jsonBytes(result.local) + 1) > limit && !run.failure) {
      run.failure = { error: DATA_LIMIT_ERROR, cause: dataCause(run.step.name, 'its input and the locals of its ended branches / iterations are', run.dataBytes, limit) }
      if (ctx.options.cancelOnFailure) cancelSlots(ctx, exec, run, exited)
    }
  } else {
    run.failure ??= { error: result.error, cause: result.cause }
    run.lastEvent = emit(ctx, exec, exited, run.step.name, run.slotEvents[slot]!, { error: result.error, cause: result.cause, index: slot })
    if (ctx.options.cancelOnFailure) cancelSlots(ctx, exec, run, exited)
  }
  if (run.failure) {
    if (run.running.length > 0) return
    const frame = frameOf(ctx, run)
    if (frame) finishStep(ctx, exec, frame, { ok: false, ...run.failure })
    return
  }
  const limit = run.type === 'parallel' ? run.total : Math.max(1, Math.floor(ctx.options.foreachConcurrency))
  while (run.next < run.total && run.running.length < limit) startSlot(ctx, exec, run)
  if (run.running.length === 0 && run.next >= run.total) finishFan(ctx, exec, run)
}

function cancelSlots(ctx: SimContext, exec: ExecutionState, run: FanRun, exited: 'BranchExited' | 'IterationExited'): void {
  const running = run.running.splice(0)
  for (const id of running) {
    const seq = liveSeq(ctx, id)
    cancelRun(ctx, id)
    if (seq) run.lastEvent = emit(ctx, exec, exited, run.step.name, run.slotEvents[seq.slot]!, { cancelled: true, index: seq.slot })
  }
}

/** Every branch / iteration succeeded: `$local` is their locals in order; without outputMappings the output is empty (R4). */
function finishFan(ctx: SimContext, exec: ExecutionState, run: FanRun): void {
  const frame = frameOf(ctx, run)
  if (!frame) return
  const local = run.locals
  exec.containerLocals[frame.enteredEvent] = local
  try {
    const output = stepOutput(ctx, exec, frame, local, {})
    finishStep(ctx, exec, frame, { ok: true, output, local })
  } catch (e) {
    finishStep(ctx, exec, frame, { ok: false, error: ctx.options.runtimeErrorName, cause: errorText(e) })
  }
}
