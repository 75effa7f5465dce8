import type { ChoiceStep, Sequence } from '../../fdl/model/Step.ts'
import { evaluateCondition } from '../condition/evaluateCondition.ts'
import { EvaluationError } from '../data/EvaluationError.ts'
import { enqueue } from './clock.ts'
import { errorText, finishStep, stepOutput } from './sequences.ts'
import type { ChoiceRun, ExecutionState, SeqRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import type { StepFrame } from './StepFrame.ts'
import { frameOf } from './steps.ts'

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
    input: frame.input, enteredEvent: frame.enteredEvent, lastEvent: frame.lastEvent, step, goto: chosen.goto, branchSeq: 0,
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
