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
