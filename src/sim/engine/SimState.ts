import type { Sequence, Step, TaskStep } from '../../fdl/model/Step.ts'
import type { TaskOutcome } from '../scenario/Scenario.ts'
import type { HistoryEvent, CallbackAction, CallbackActor, MessageRecord } from '../trace/Trace.ts'

/**
 * The whole simulation as data (numbers, strings, arrays, plain objects, Maps and Sets, and references to the
 * parsed model), so `structuredClone` copies it: it can be posted to and from a Web Worker, or snapshotted. Not JSON:
 * the token and receipt tables are Maps, the cancelled timers a Set. Runs refer to each other by id.
 * The engine updates it in place for speed (a 10,000-iteration foreach is ~100,000 events); everything the
 * UI reads is the append-only trace inside it.
 */
export interface SimState {
  /** Virtual time, ms since the epoch. */
  now: number
  /** Counter giving every timer a unique id and a tie-break order. */
  nextTimerId: number
  /** Binary min-heap on (time, id). */
  timers: Timer[]
  /**
   * Timer ids cancelled but still in the heap (skipped when they come up, without moving the clock). A Set: the ids
   * are sparse and come and go, which turned an object's elements into a slow dictionary.
   */
  cancelled: Set<number>
  /** Work due at the current instant, first in first out, run before the next timer. */
  ready: Work[]
  readyHead: number
  /** Mulberry32 state. */
  rng: number
  nextRunId: number
  /** Live runs by id; finished ones are removed. */
  runs: Record<number, Run>
  executions: ExecutionState[]
  /**
   * Task tokens issued, in issue order. A Map, not an object: every attempt adds a fresh 100-character key, which an
   * object interns and rehashes (a tenth of a 10,000-item run's own time went to this and `receipts`).
   */
  tokens: Map<string, TokenState>
  /** MNS queues by name (null-prototype object). */
  queues: Record<string, QueueState>
  messages: MessageRecord[]
  /** Receipt handle → message index, for DeleteMessage (a Map for the same reason as `tokens`). */
  receipts: Map<string, number>
  actions: CallbackAction[]
  /** Worker slots and manual long polls by id. */
  pollers: Record<number, Poller>
  nextPollerId: number
  /** When the last running execution ended (null while one runs): timers past it + `drainSeconds` never fire. */
  settledAt: number | null
}

/** Status of an execution, as DescribeExecution reports it (REFERENCE §10.1). */
export type ExecutionStatus = 'Running' | 'Succeeded' | 'Failed' | 'TimedOut' | 'Stopped'

/** One execution (the root, or a child flow started by a task), with its history. */
export interface ExecutionState {
  readonly id: number
  readonly name: string
  readonly flowName: string
  /** Which flow it runs: '' for the root flow, else the child flow's name in `SimContext.childFlows`. */
  readonly flowKey: string
  /** The task run and attempt that started it, when it is a child flow. */
  readonly parent: { readonly execution: number; readonly run: number; readonly attempt: number; readonly pattern: string } | null
  readonly input: unknown
  flowInput: unknown
  status: ExecutionStatus
  output: unknown
  error: string | null
  cause: string | null
  readonly startTime: number
  endTime: number | null
  rootSeq: number
  readonly events: HistoryEvent[]
  /** Virtual ms of each event, parallel to `events` (the service's `time` is a string). */
  readonly eventTimes: number[]
  /** Local of container steps (choice, parallel, foreach) by their StepEntered event id, for the data view. */
  readonly containerLocals: Record<number, unknown>
  /** Number of branches / iterations of parallel and foreach steps by their StepEntered event id (progress bars). */
  readonly fanTotals: Record<number, number>
  timeoutTimer: number
  /** Calls so far per task step name: the Nth call takes the scenario's Nth outcome. */
  readonly calls: Record<string, number>
}

/** A running serial `steps` list: the flow body, a choice branch, a parallel branch or a foreach iteration. */
export interface SeqRun {
  readonly kind: 'seq'
  readonly id: number
  readonly execution: number
  /** Step run owning this sequence; 0 for the flow body. */
  readonly owner: number
  /** Branch or iteration index within the owner. */
  readonly slot: number
  readonly seq: Sequence
  readonly parentInput: unknown
  local: Record<string, unknown>
  /** Event id that scopes the steps here (ExecutionStarted, IterationEntered, BranchEntered, the choice's StepStarted). */
  readonly scopeEvent: number
  /** The sequence's last event (scope event, then each step's StepExited): the next StepEntered's link. */
  lastEvent: number
  /** The step run in progress, 0 when between steps. */
  child: number
}

interface StepRunBase {
  readonly kind: 'step'
  readonly id: number
  readonly execution: number
  readonly seqRun: number
  readonly index: number
  input: unknown
  /** UTF-8 JSON bytes of `input` for the step data limit (0 while the limit is off): measured once, as it is made. */
  inputBytes: number
  readonly enteredEvent: number
  /** The step's last event so far: the next one's `scheduleEventId` (see `stepEvents.ts`). */
  lastEvent: number
}

/** A task step in progress: its current attempt, retry counters and pending timers. */
export interface TaskRun extends StepRunBase {
  readonly type: 'task'
  readonly step: TaskStep
  attempt: number
  /** Retries used, per policy index (or all in slot 0 with `retryCounters: shared`). */
  readonly retries: number[]
  token: string | null
  scheduledEvent: number
  timeoutTimer: number
  answerTimer: number
  retryTimer: number
  /** Child execution started by this attempt (0 for none). */
  childExecution: number
}

/** A wait step until its timer fires. */
export interface WaitRun extends StepRunBase {
  readonly type: 'wait'
  readonly step: Step
  timer: number
}

/** A choice step running the steps of its chosen branch. */
export interface ChoiceRun extends StepRunBase {
  readonly type: 'choice'
  readonly step: Step
  readonly goto: string | undefined
  branchSeq: number
}

/** A parallel or foreach step with its branches / iterations. */
export interface FanRun extends StepRunBase {
  readonly type: 'parallel' | 'foreach'
  readonly step: Step
  readonly total: number
  /** Foreach: the collection; parallel: empty. */
  readonly items: readonly unknown[]
  next: number
  readonly running: number[]
  readonly locals: unknown[]
  /** The step's StepStarted: what every BranchEntered / IterationEntered points at. */
  readonly startedEvent: number
  readonly slotEvents: number[]
  done: number
  failure: { readonly error: string; readonly cause: string } | null
  /** UTF-8 JSON bytes of the input plus the locals of the branches / iterations ended so far (the data limit). */
  dataBytes: number
}

/** Any run of a step. */
export type StepRun = TaskRun | WaitRun | ChoiceRun | FanRun

/** Anything the engine tracks by id. */
export type Run = SeqRun | StepRun

/** What a task token is waiting for, and whether it may still be reported. */
export interface TokenState {
  readonly execution: number
  readonly run: number
  readonly attempt: number
  /** Virtual ms it was issued (its attempt started). */
  readonly since: number
  status: 'waiting' | 'completed' | 'closed'
}

/** An MNS queue: receivable messages in a heap on (priority, enqueue time, send order), and who waits for them. */
export interface QueueState {
  readonly name: string
  readonly active: number[]
  /** Poller ids in the order they started waiting. */
  readonly waiting: number[]
  /** Worker slot poller ids while the simulated worker serves this queue (empty when it is manual). */
  workerSlots: number[]
  /** Seconds a received message stays invisible, when set for this queue (`fdl serve`'s CreateQueue); else the scenario's. */
  visibilityTimeout?: number
}

/** Something waiting on a queue for a message: a slot of the simulated worker, or a manual long poll. */
export interface Poller {
  readonly id: number
  readonly queue: string
  readonly kind: 'worker' | 'manual'
  since: number
  /** The poll ends at this time with MessageNotExist (-1: a quiet worker slot's open-ended poll). */
  deadline: number
  timer: number
  status: 'waiting' | 'received' | 'empty'
  message: number
  receiptHandle: string
}

/** A timed event. */
export interface Timer {
  readonly id: number
  readonly time: number
  readonly work: Work
}

/** One unit of work for the run loop. */
export type Work =
  | { readonly kind: 'advance'; readonly seqRun: number; readonly index: number }
  | { readonly kind: 'answer'; readonly run: number; readonly attempt: number; readonly outcome: TaskOutcome; readonly via: 'return' | 'callback' }
  | { readonly kind: 'taskTimeout'; readonly run: number; readonly attempt: number }
  | { readonly kind: 'retry'; readonly run: number }
  | { readonly kind: 'waitDone'; readonly run: number }
  | { readonly kind: 'flowTimeout'; readonly execution: number }
  | { readonly kind: 'visible'; readonly message: number }
  | { readonly kind: 'workerDone'; readonly message: number; readonly receiptHandle: string; readonly poller: number; readonly delivery: number }
  | { readonly kind: 'pollExpired'; readonly poller: number }
  | { readonly kind: 'childEnded'; readonly execution: number }
  | { readonly kind: 'call'; readonly call: ServiceCall; readonly by: CallSource; result: CallResult | null }
  | { readonly kind: 'workerPoll'; readonly poller: number }

/**
 * A request a party outside the engine sends the service about a task or a message: a worker's, a person's, an FC
 * function's or a topic subscriber's report, and a consumer's DeleteMessage. Every caller queues it as work item
 * `call` and the run loop performs it in turn, as the service handles requests one by one: the simulated worker,
 * a person in the studio and a real SDK client of `fdl serve` all take this one path (`callbacks.ts`).
 */
export type ServiceCall =
  | { readonly op: 'ReportTaskSucceeded'; readonly token: string; readonly output: string }
  | { readonly op: 'ReportTaskFailed'; readonly token: string; readonly error: string; readonly cause: string }
  | { readonly op: 'DeleteMessage'; readonly queue: string; readonly receiptHandle: string }

/** Who sends a call, for the swimlane: the worker of a queue message, a person, a function, a subscriber. */
export interface CallSource {
  readonly actor: CallbackActor
  readonly queue: string
  readonly messageId: string
}

/** What a call achieved: done (a report gives the id of the event it caused), or the service's error code. */
export type CallResult = { readonly ok: true; readonly eventId?: number } | { readonly ok: false; readonly code: string; readonly message: string }
