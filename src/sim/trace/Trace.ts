import type { TaskOutcome } from '../scenario/Scenario.ts'

/** One execution as the trace shows it: its record and its history (times in virtual ms alongside). */
export interface ExecutionTrace {
  readonly id: number
  readonly name: string
  readonly flowName: string
  /** The parent execution and task run for a child flow, else null. */
  readonly parent: { readonly execution: number; readonly run: number; readonly attempt: number; readonly pattern: string } | null
  readonly input: unknown
  readonly flowInput: unknown
  readonly status: 'Running' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Stopped'
  readonly output: unknown
  readonly error: string | null
  readonly cause: string | null
  readonly startTime: number
  readonly endTime: number | null
  readonly events: readonly HistoryEvent[]
  readonly eventTimes: readonly number[]
  /** `$local` of choice / parallel / foreach steps by their StepEntered event id. */
  readonly containerLocals: Readonly<Record<number, unknown>>
  /** Branch / iteration count of parallel and foreach steps by their StepEntered event id. */
  readonly fanTotals: Readonly<Record<number, number>>
}

/**
 * Everything a simulation produced, as data: executions (index 0 is the root) with their histories, every MNS
 * message with its state changes, and the callback swimlane's calls. The designer receives it in deltas and
 * projects it at a time `t` (`src/store/simulation/*At.ts`). Times are virtual ms since the epoch.
 */
export interface Trace {
  readonly startTime: number
  /** The virtual time the simulation has reached. */
  readonly now: number
  readonly executions: readonly ExecutionTrace[]
  readonly messages: readonly MessageRecord[]
  readonly actions: readonly CallbackAction[]
}

/** The execution-history event types (REFERENCE §10.2, the service's own names, all 21 of them). */
export type HistoryEventType =
  | 'ExecutionStarted'
  | 'StepEntered'
  | 'StepStarted'
  | 'StepSucceeded'
  | 'StepFailed'
  | 'TaskScheduled'
  | 'TaskStarted'
  | 'TaskSubmitted'
  | 'TaskSubmitFailed'
  | 'TaskSucceeded'
  | 'TaskFailed'
  | 'TaskTimedOut'
  | 'StepExited'
  | 'BranchEntered'
  | 'BranchExited'
  | 'IterationEntered'
  | 'IterationExited'
  | 'ExecutionSucceeded'
  | 'ExecutionFailed'
  | 'ExecutionTimedOut'
  | 'ExecutionStopped'

/**
 * One event of an execution's history, in GetExecutionHistory's shape (REFERENCE §10.2), with `eventDetail` as an
 * object. `scheduleEventId` links an event to the one before it in its chain (the model is in `engine/stepEvents.ts`):
 * each event of a step to the previous event of that step, a BranchExited / IterationExited to its Entered event,
 * a BranchEntered / IterationEntered to its container's StepStarted, a StepEntered to the previous event of its
 * sequence (option `stepEnteredSchedule`), ExecutionStarted and the execution's final event to 0.
 */
export interface HistoryEvent {
  readonly eventId: number
  readonly type: HistoryEventType
  readonly stepName: string
  readonly time: string
  readonly scheduleEventId: number
  readonly eventDetail: Readonly<Record<string, unknown>>
}

/** MNS message states (REFERENCE §12.3): waiting for its delay, receivable, received (in flight), deleted. */
export type MessageState = 'delayed' | 'active' | 'inactive' | 'deleted'

/** One change of a message's state, so the queue can be shown as it was at any time. */
export interface MessageTransition {
  readonly time: number
  readonly state: MessageState
  readonly dequeueCount: number
  /** The receipt handle valid from this point (inactive only). */
  readonly receiptHandle: string | null
}

/**
 * A message sent to an MNS queue (or published to a topic) by a task, with its whole life. Times are virtual ms.
 * The fields after `transitions` describe the sender, for the worker and the swimlane.
 */
export interface MessageRecord {
  readonly index: number
  readonly queue: string
  readonly topic: boolean
  readonly messageId: string
  readonly body: string
  readonly priority: number
  readonly enqueueTime: number
  readonly delaySeconds: number
  state: MessageState
  dequeueCount: number
  receiptHandle: string | null
  nextVisibleTime: number
  firstDequeueTime: number | null
  visibleTimer: number
  readonly transitions: MessageTransition[]
  readonly token: string | null
  /** Whether the token can be read from the body (a worker can only report what it received). */
  readonly tokenInBody: boolean
  readonly execution: number
  readonly stepName: string
  /** TaskScheduled event id of the task attempt that sent it. */
  readonly taskEvent: number
  readonly outcome: TaskOutcome
}

/** Who did something in the callback swimlane. */
export type CallbackActor = 'workflow' | 'worker' | 'manual' | 'function' | 'subscriber' | 'childFlow'

/** Calls shown in the callback swimlane (issue 6): the workflow's sends, the worker's calls and their answers. */
export type CallbackActionKind = 'SendMessage' | 'PublishMessage' | 'ReceiveMessage' | 'ReportTaskSucceeded' | 'ReportTaskFailed' | 'DeleteMessage'

/**
 * One call between the workflow, an MNS queue and a worker, with the service's answer (`OK` or an error code
 * such as `TaskAlreadyCompleted`, `MessageNotExist`, `ReceiptHandleError`, `InvalidArgument`).
 */
export interface CallbackAction {
  readonly time: number
  readonly kind: CallbackActionKind
  readonly actor: CallbackActor
  /** Queue or topic name ('' for a report that names no queue). */
  readonly queue: string
  readonly messageId: string
  readonly receiptHandle: string
  readonly token: string
  readonly result: string
  /** ReceiveMessage: when the long poll began; otherwise equal to `time`. */
  readonly since: number
  /** Execution and step the message or token belongs to (-1 / '' when unknown, e.g. a bad token). */
  readonly execution: number
  readonly stepName: string
}

/**
 * The entries of a record not handed out before (`sent` remembers them, under `tag` so two records can share it):
 * how the studio's live view and `fdl serve`'s stream pass on a trace's per-event records a piece at a time.
 */
export function unsent(record: Readonly<Record<number, unknown>>, sent: Set<string>, tag: string): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(record)) {
    if (sent.has(tag + k)) continue
    sent.add(tag + k)
    out[k] = record[Number(k)]
  }
  return out
}
