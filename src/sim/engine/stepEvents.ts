import type { HistoryEventType } from '../trace/HistoryEvent.ts'
import { emit } from './history.ts'
import type { ExecutionState, SeqRun, TaskRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'

/*
 * The history a step writes (REFERENCE §10.2). The service's "View execution history" page shows, for a `version: v1`
 * flow of two pass steps (`aliyun fnf GetExecutionHistory --FlowName cli_guide_1 --ExecutionName run1`):
 *
 *   1 ExecutionStarted        (0) {"input":{}}
 *   2 StepEntered   pass1     (1) {"input":{},"local":{}}
 *   3 StepStarted   pass1     (2) {"input":{}}
 *   4 StepSucceeded pass1     (3) {"output":{}}
 *   5 StepExited    pass1     (4) {"local":{}}
 *   6 StepEntered   pass2 …
 *
 * Every step here writes that chain, each event's `scheduleEventId` pointing at the previous event of the step:
 *
 *   StepEntered   {input, local}   input: the `$input` its mappings read; local: `$local` of its sequence
 *                                  (INFERRED: the example's values are all `{}`; option `stepEventLocal`)
 *   StepStarted   {input}          the step's own input (after inputMappings); not written when that input cannot be
 *                                  made or is over the data limit: the step fails as it is entered (INFERRED)
 *     …type-specific events…       task: per attempt TaskScheduled {resourceArn|action, pattern, input, attempt},
 *                                  TaskStarted {}, then TaskSubmitted (sync, waitForCallback) or TaskSubmitFailed
 *                                  {error, cause} (the submission failed), then TaskSucceeded {output} | TaskFailed /
 *                                  TaskTimedOut {error, cause}; a retry starts again at TaskScheduled
 *                                  parallel / foreach: BranchEntered {index} / IterationEntered {input, index} (each
 *                                  pointing at the StepStarted), the branch's steps, BranchExited / IterationExited
 *                                  {output, index} | {error, cause, index} | {cancelled, index} (pointing at its Entered)
 *                                  choice: the chosen branch's steps, the first pointing at the StepStarted
 *                                  (all of this is the documented event types in the same pattern: INFERRED)
 *   StepSucceeded {output}         (+ `error`, `cause` when a catch turned a failure into this output: INFERRED)
 *   | StepFailed  {error, cause}   (INFERRED: the example has no failure)
 *   StepExited    {local}          `$local` of its sequence after the output merged in (INFERRED, `stepEventLocal`)
 *
 * Where the documentation is silent, which event a link points at is an option: `stepEnteredSchedule` (StepEntered)
 * and `taskEventSchedule` (task events after TaskScheduled). `$context.step.eventId` is the step's StepEntered id on
 * every attempt, and a task token embeds that id (the documented token of a flow whose first step is a callback task
 * embeds 2: REFERENCE §6.5).
 */

/** Something whose events form one chain: a step in progress (its frame or run). */
export interface EventChain {
  /** Id of the chain's last event (the next one's `scheduleEventId`). */
  lastEvent: number
}

/** Appends an event of a step's chain, linked to the chain's previous event. Returns its id. */
export function stepEvent(
  ctx: SimContext,
  exec: ExecutionState,
  chain: EventChain,
  type: HistoryEventType,
  stepName: string,
  detail: Record<string, unknown>,
): number {
  const id = emit(ctx, exec, type, stepName, chain.lastEvent, detail)
  chain.lastEvent = id
  return id
}

/** StepEntered of the step at `index`: linked per `stepEnteredSchedule`, with the sequence's `$input` and `$local`. */
export function stepEntered(ctx: SimContext, exec: ExecutionState, seq: SeqRun, name: string): number {
  const schedule = ctx.options.stepEnteredSchedule === 'scope' ? seq.scopeEvent : seq.lastEvent
  const local = ctx.options.stepEventLocal === 'step' ? {} : seq.local
  return emit(ctx, exec, 'StepEntered', name, schedule, { input: seq.parentInput, local })
}

/**
 * Appends a task event after the attempt's TaskScheduled (TaskStarted, TaskSubmitted, TaskSubmitFailed, TaskSucceeded,
 * TaskFailed, TaskTimedOut), linked per `taskEventSchedule`. Returns its id.
 */
export function taskEvent(ctx: SimContext, exec: ExecutionState, run: TaskRun, type: HistoryEventType, detail: Record<string, unknown>): number {
  const schedule = ctx.options.taskEventSchedule === 'scheduled' ? run.scheduledEvent : run.lastEvent
  const id = emit(ctx, exec, type, run.step.name, schedule, detail)
  run.lastEvent = id
  return id
}
