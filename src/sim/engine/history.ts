import type { HistoryEventType } from '../trace/Trace.ts'
import { formatTime } from '../util/time.ts'
import { jsonBytes } from '../util/bytes.ts'
import { ExecutionEnded } from './SimContext.ts'
import type { ExecutionState, SeqRun, TaskRun } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { endExecution } from './executions.ts'

/** Appends an event without any check (for the final event of an execution). Returns its id. */
export function pushEvent(
  ctx: SimContext,
  exec: ExecutionState,
  type: HistoryEventType,
  stepName: string,
  scheduleEventId: number,
  eventDetail: Record<string, unknown>,
): number {
  const eventId = exec.events.length + 1
  exec.events.push({ eventId, type, stepName, time: formatTime(ctx.state.now), scheduleEventId, eventDetail })
  exec.eventTimes.push(ctx.state.now)
  ctx.progress++
  return eventId
}

/**
 * Appends an event to a running execution. When the event would be the last one the service allows
 * (`maxEvents`), or its data would pass the 32 KiB of one history event (`eventDataLimitBytes`, REFERENCE §11), the
 * execution fails instead and {@link ExecutionEnded} is thrown so the caller's work stops.
 */
export function emit(
  ctx: SimContext,
  exec: ExecutionState,
  type: HistoryEventType,
  stepName: string,
  scheduleEventId: number,
  eventDetail: Record<string, unknown>,
): number {
  if (exec.status !== 'Running') throw new ExecutionEnded()
  if (exec.events.length >= ctx.options.maxEvents - 1) {
    const cause = `The execution reached the limit of ${ctx.options.maxEvents} history events.`
    endExecution(ctx, exec, 'Failed', null, ctx.options.eventLimitError, cause)
    throw new ExecutionEnded()
  }
  const limit = ctx.options.eventDataLimitBytes
  const bytes = limit > 0 ? jsonBytes(eventDetail) : 0
  if (bytes > limit && limit > 0) {
    const cause = `${type}${stepName ? ` of step ${stepName}` : ''} would hold ${bytes} bytes of data (UTF-8 JSON), over the limit of ${limit} bytes for one history event.`
    endExecution(ctx, exec, 'Failed', null, DATA_LIMIT_ERROR, cause)
    throw new ExecutionEnded()
  }
  return pushEvent(ctx, exec, type, stepName, scheduleEventId, eventDetail)
}

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

/** Error of data over the service's limits (REFERENCE §11; the name is not documented). */
export const DATA_LIMIT_ERROR = 'FnF.DataLimitExceeded'

/**
 * Why a step's data is over `stepDataLimitBytes` (REFERENCE §11: input + output + local of one step ≤ 32 KiB), or
 * null when it is within it (or the limit is off). `bytes` is the sum of the parts that exist so far, each measured
 * by {@link dataBytes} as the service stores them: UTF-8 bytes of compact JSON. It is checked when the data exists:
 * the input as the step is entered, a task's result as it arrives, a container's `$local` as each branch or
 * iteration ends, the output at the end.
 */
export function overStepLimit(ctx: SimContext, stepName: string, what: string, bytes: number): string | null {
  const limit = ctx.options.stepDataLimitBytes
  return limit > 0 && bytes > limit ? dataCause(stepName, what, bytes, limit) : null
}

/** The cause text for data over the step limit. */
export function dataCause(stepName: string, what: string, bytes: number, limit: number): string {
  return `Step ${stepName}: ${what} ${bytes} bytes, over the ${limit}-byte data limit of a step (UTF-8 JSON).`
}

let lastValue: unknown = undefined
let lastBytes = 0

/**
 * UTF-8 JSON bytes of one part of a step's data, or 0 while the limit is off. A step's input is measured once as it
 * is made and kept on its frame and run (`inputBytes`). The engine never changes a value once it is made (mappings,
 * merges and results build new objects), and the other repeat is at once: a task's result is measured as it arrives
 * and again, as its output and local, as the step ends. So the last value measured is remembered; a WeakMap of every
 * value did the same for a fifth of a long run's time.
 */
export function dataBytes(ctx: SimContext, value: unknown): number {
  if (ctx.options.stepDataLimitBytes <= 0) return 0
  if (value === lastValue && typeof value === 'object' && value !== null) return lastBytes
  const bytes = jsonBytes(value)
  lastValue = value
  lastBytes = bytes
  return bytes
}
