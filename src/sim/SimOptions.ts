import { msg, type Message } from '../i18n/Message.ts'

/**
 * Every behaviour REFERENCE.md marks UNCONFIRMED (or only INFERRED) is a simulator option, settable under
 * `options:` in a scenario file. The defaults are the reference's proposals ({@link DEFAULT_SIM_OPTIONS});
 * what each option decides, its reference section and its choices are in `SIM_OPTION_INFO`.
 */
export interface SimOptions {
  readonly maxEvents: number
  readonly eventLimitError: string
  readonly missingPath: 'null' | 'omit' | 'error'
  readonly dollarSource: 'input' | 'constant'
  readonly dottedTargets: 'literal' | 'nested'
  readonly mergeDepth: 'shallow' | 'deep'
  readonly conditionMissing: 'null' | 'error'
  readonly conditionTypeMismatch: 'error' | 'false'
  readonly conditionNonBoolean: 'nullIsFalse' | 'truthiness' | 'error'
  readonly retryCounting: 'retries' | 'attempts'
  readonly retryCounters: 'perPolicy' | 'shared'
  readonly taskTimeoutError: string
  readonly defaultTaskTimeoutSeconds: number | null
  readonly lateCallback: 'TaskAlreadyCompleted' | 'InvalidArgument'
  readonly succeedScope: 'sequence' | 'execution'
  readonly cancelOnFailure: boolean
  readonly foreachConcurrency: number
  readonly collectionNotArray: 'fail' | 'empty'
  readonly failDefaultError: string
  readonly queueSendLocal: 'sendResponse' | 'empty'
  readonly base64MessageBody: boolean
  readonly priorityJitter: number
  readonly invalidLocalError: string
  readonly runtimeErrorName: string
  readonly executionTimeoutError: string
  readonly defaultFlowTimeoutSeconds: number
  readonly childCallbackOnFinish: boolean
  readonly callbackNeedsToken: boolean
  readonly extendedContext: boolean
  readonly stepDataLimitBytes: number
  readonly eventDataLimitBytes: number
  readonly errorCodeAlias: boolean
  readonly defaultTaskDurationSeconds: number
  readonly maxExecutions: number
  readonly maxRunEvents: number
  readonly drainSeconds: number
  readonly stepEnteredSchedule: 'previous' | 'scope'
  readonly taskEventSchedule: 'previous' | 'scheduled'
  readonly stepEventLocal: 'sequence' | 'step'
}

/** The reference's proposed defaults for every {@link SimOptions} field (see the table there). */
export const DEFAULT_SIM_OPTIONS: SimOptions = {
  maxEvents: 5000,
  eventLimitError: 'FnF.EventLimitExceeded',
  missingPath: 'null',
  dollarSource: 'input',
  dottedTargets: 'literal',
  mergeDepth: 'shallow',
  conditionMissing: 'null',
  conditionTypeMismatch: 'error',
  conditionNonBoolean: 'nullIsFalse',
  retryCounting: 'retries',
  retryCounters: 'perPolicy',
  taskTimeoutError: 'FnF.TaskTimeout',
  defaultTaskTimeoutSeconds: null,
  lateCallback: 'TaskAlreadyCompleted',
  succeedScope: 'sequence',
  cancelOnFailure: true,
  foreachConcurrency: 100,
  collectionNotArray: 'fail',
  failDefaultError: '',
  queueSendLocal: 'sendResponse',
  base64MessageBody: false,
  priorityJitter: 0,
  invalidLocalError: 'FnF.InvalidLocal',
  runtimeErrorName: 'FnF.RuntimeError',
  executionTimeoutError: 'FnF.Timeout',
  defaultFlowTimeoutSeconds: 31_536_000,
  childCallbackOnFinish: true,
  callbackNeedsToken: true,
  extendedContext: false,
  stepDataLimitBytes: 32_768,
  eventDataLimitBytes: 32_768,
  errorCodeAlias: true,
  defaultTaskDurationSeconds: 1,
  maxExecutions: 1000,
  maxRunEvents: 1_000_000,
  drainSeconds: 3600,
  stepEnteredSchedule: 'previous',
  taskEventSchedule: 'previous',
  stepEventLocal: 'sequence',
}

/** What one simulator option decides, where the reference discusses it, and the values it takes when it is a choice. */
export interface SimOptionInfo {
  /**
   * REFERENCE.md (or CONTRACTS.md) sections, shown as written; `—` for the simulator's own limits, or a message
   * saying which (`— (simulator safety)`).
   */
  readonly reference: string | Message
  /** What the option decides, with its values in backticks. */
  readonly decides: Message
  /** The values of a choice option, in the order to offer them. */
  readonly choices?: readonly string[]
  /** The values a number option takes; `null` is also allowed when it is the default. */
  readonly range?: OptionRange
}

/** Bounds of a number option: at least `min` (above it when `above`), at most `max`, whole when `integer`. */
export interface OptionRange {
  readonly min: number
  readonly above?: boolean
  readonly max?: number
  readonly integer?: boolean
}

/**
 * The simulator's memory budget: a run keeps at most this many history events and worker calls in all its
 * executions together (measured at about 400 bytes each with small step data, so about 400 MB), and no option
 * can raise it. Step data is bounded per step by `stepDataLimitBytes` (at most 1 MB).
 */
export const MAX_RUN_EVENTS = 1_000_000

/**
 * Every {@link SimOptions} field explained: the scenario editor shows these, `readScenario` checks choices
 * against them. The defaults are in `DEFAULT_SIM_OPTIONS`.
 */
export const SIM_OPTION_INFO: { readonly [K in keyof SimOptions]: SimOptionInfo } = {
  maxEvents: { reference: '§10.4, §11', decides: msg('history events per execution; the event that would pass the limit is replaced by `ExecutionFailed`'), range: { min: 1, max: MAX_RUN_EVENTS, integer: true } },
  eventLimitError: { reference: '§10.4', decides: msg("error name of that failure (the service's name is not documented)") },
  missingPath: { reference: '§3.3', decides: msg('a mapping path that finds nothing: `null` (key present, value null), `omit` (key left out), `error` (step fails)'), choices: ['null', 'omit', 'error'] },
  dollarSource: { reference: '§3.3', decides: msg('`$` / `$.x` as a mapping source: `input` (same as `$input`) or `constant`'), choices: ['input', 'constant'] },
  dottedTargets: { reference: '§3.3', decides: msg('mapping `target: a.b`: `literal` key `"a.b"` or `nested` object `{a: {b}}`'), choices: ['literal', 'nested'] },
  mergeDepth: { reference: '§3.2 R2, R5', decides: msg('merging a step output into the parent local (and input with local): top-level keys only, or `deep`'), choices: ['shallow', 'deep'] },
  conditionMissing: { reference: '§4.3', decides: msg('a condition path that finds nothing reads as `null`, or `error`'), choices: ['null', 'error'] },
  conditionTypeMismatch: { reference: '§4.3', decides: msg('`<`, `<=`, `>`, `>=` between different types (or null): `error`, or `false`'), choices: ['error', 'false'] },
  conditionNonBoolean: { reference: '§4.3', decides: msg('a condition (or `&&`/`||` operand) that is not boolean: `nullIsFalse` (null is false, anything else an error), `truthiness`, `error`'), choices: ['nullIsFalse', 'truthiness', 'error'] },
  retryCounting: { reference: '§5.1', decides: msg('`maxAttempts` counts `retries` (attempts = maxAttempts + 1) or total `attempts`'), choices: ['retries', 'attempts'] },
  retryCounters: { reference: "§5.1", decides: msg("attempts counted per retry policy, or `shared` across the task's policies"), choices: ['perPolicy', 'shared'] },
  taskTimeoutError: { reference: '§5.4, §6.4', decides: msg('error name of a task that passes its `timeoutSeconds`') },
  defaultTaskTimeoutSeconds: { reference: '§6.4', decides: msg('timeout of a task without `timeoutSeconds` (`null`: none; the flow timeout still applies)') , range: { min: 0, above: true, max: 31_536_000 } },
  lateCallback: { reference: '§6.4', decides: msg('answer to a report for a task that timed out or was cancelled: `TaskAlreadyCompleted` or `InvalidArgument`'), choices: ['TaskAlreadyCompleted', 'InvalidArgument'] },
  succeedScope: { reference: '§9.3', decides: msg('a nested `succeed` ends its `sequence` only, or the whole `execution`'), choices: ['sequence', 'execution'] },
  cancelOnFailure: { reference: '§8', decides: msg('a failed branch / iteration cancels the others (recorded as exited) instead of letting them finish') },
  foreachConcurrency: { reference: '§2.8, §8', decides: msg('foreach iterations running at once (no FDL field sets it)'), range: { min: 1, max: 10_000, integer: true } },
  collectionNotArray: { reference: '§8', decides: msg('foreach collection missing or not a list: the step `fail`s, or runs as `empty`'), choices: ['fail', 'empty'] },
  failDefaultError: { reference: '§9.4', decides: msg('error of a `fail` step without `error:`') },
  queueSendLocal: { reference: '§12.2', decides: msg('`$local` of a queue requestResponse task: `{MessageId, MessageBodyMD5, RequestId}`, or `empty`'), choices: ['sendResponse', 'empty'] },
  base64MessageBody: { reference: '§6.3, §16.11', decides: msg('whether FnF base64-encodes the MNS message body it sends') },
  priorityJitter: { reference: '§12.6', decides: msg('chance (0–1) that a receive takes a random visible message instead of the (priority, enqueue time) first') , range: { min: 0, max: 1 } },
  invalidLocalError: { reference: '§5.4', decides: msg('error of a task whose result is not a JSON object') },
  runtimeErrorName: { reference: '§5.4', decides: msg('error of a step whose paths, condition, wait or collection cannot be evaluated') },
  executionTimeoutError: { reference: '§5.4, §10', decides: msg('error reported with `ExecutionTimedOut`') },
  defaultFlowTimeoutSeconds: { reference: '§10.4, §16.5', decides: msg('execution timeout when the flow sets none (the 1-year maximum duration)'), range: { min: 0, above: true, max: 31_536_000 } },
  childCallbackOnFinish: { reference: "§6.1, §6.5", decides: msg("a child flow started with `waitForCallback` reports its result to the parent's token when it ends") },
  callbackNeedsToken: { reference: '§12.7, App. A', decides: msg('the simulated worker / function / subscriber can report only if the token is in what it received') },
  extendedContext: { reference: '§3.5', decides: msg('also offer `$context.step.name`, `$context.execution.input` and `$context.task.attempt`') },
  stepDataLimitBytes: { reference: '§3.1, §11', decides: msg("input + output + local of one step in UTF-8 bytes of JSON, checked as the data appears (the input on entry, a task's result on arrival, a container's `$local` as branches end); over it the step fails with `FnF.DataLimitExceeded` (at most 1 MB, so a run stays within its memory budget)"), range: { min: 1, max: 1_048_576, integer: true } },
  eventDataLimitBytes: { reference: '§11', decides: msg('data of one history event in UTF-8 bytes of JSON; an event over it fails the execution with `FnF.DataLimitExceeded` (`0`: off; the step data limit still bounds it)'), range: { min: 0, max: 1_048_576, integer: true } },
  errorCodeAlias: { reference: '§5.3, §15.4', decides: msg('in `errorMappings`, `$local.code` reads the same as `$local.error`') },
  defaultTaskDurationSeconds: { reference: 'CONTRACTS §3', decides: msg('how long a task (or worker) takes when the scenario does not say'), range: { min: 0, max: 31_536_000 } },
  drainSeconds: { reference: msg('— (simulator end)'), decides: msg('after the last execution ended, queues and workers keep going this long (redeliveries, late reports), then the run ends'), range: { min: 0, max: 31_536_000 } },
  stepEnteredSchedule: { reference: '§10.2, §10.3', decides: msg("`scheduleEventId` of a StepEntered: the `previous` event of its sequence (the sibling's StepExited, or the scope's first event), or always the `scope` event (ExecutionStarted, BranchEntered, IterationEntered, the choice's StepStarted); both give 1 for the first step, as the service's example does"), choices: ['previous', 'scope'] },
  taskEventSchedule: { reference: '§10.2, §10.3', decides: msg("`scheduleEventId` of TaskStarted … TaskSucceeded: the `previous` event of the step (the chain the service's example shows for steps), or the attempt's TaskScheduled (`scheduled`)"), choices: ['previous', 'scheduled'] },
  stepEventLocal: { reference: '§10.2', decides: msg("the `local` of StepEntered / StepExited: the enclosing `sequence`'s `$local` before the step and after its output merged in, or the `step`'s own `$local` (empty on entry)"), choices: ['sequence', 'step'] },
  maxExecutions: { reference: msg('— (simulator safety)'), decides: msg('executions one simulation may start; a child flow past it fails its task with `FnF.ExecutionLimitExceeded` (stops runaway recursion)'), range: { min: 1, max: 10_000, integer: true } },
  maxRunEvents: { reference: msg('— (simulator memory budget)'), decides: msg('history events and worker calls in all executions of a run together; past it every running execution fails with `Simulator.RunLimitExceeded` (1,000,000 take about 400 MB)'), range: { min: 1, max: MAX_RUN_EVENTS, integer: true } },
}
