/**
 * Every behaviour REFERENCE.md marks UNCONFIRMED (or only INFERRED) is a simulator option, settable under
 * `options:` in a scenario file. The defaults are the reference's proposals ({@link DEFAULT_SIM_OPTIONS}).
 *
 * | option | default | reference | what it decides |
 * |---|---|---|---|
 * | `maxEvents` | `5000` | §10.4, §11 | history events per execution; the event that would pass the limit is replaced by `ExecutionFailed` |
 * | `eventLimitError` | `FnF.EventLimitExceeded` | §10.4 | error name of that failure (the service's name is not documented) |
 * | `missingPath` | `null` | §3.3 | a mapping path that finds nothing: `null` (key present, value null), `omit` (key left out), `error` (step fails) |
 * | `dollarSource` | `input` | §3.3 | `$` / `$.x` as a mapping source: `input` (same as `$input`) or `constant` |
 * | `dottedTargets` | `literal` | §3.3 | mapping `target: a.b`: `literal` key `"a.b"` or `nested` object `{a: {b}}` |
 * | `mergeDepth` | `shallow` | §3.2 R2, R5 | merging a step output into the parent local (and input with local): top-level keys only, or `deep` |
 * | `conditionMissing` | `null` | §4.3 | a condition path that finds nothing reads as `null`, or `error` |
 * | `conditionTypeMismatch` | `error` | §4.3 | `<`, `<=`, `>`, `>=` between different types (or null): `error`, or `false` |
 * | `conditionNonBoolean` | `nullIsFalse` | §4.3 | a condition (or `&&`/`\|\|` operand) that is not boolean: `nullIsFalse` (null is false, anything else an error), `truthiness`, `error` |
 * | `retryCounting` | `retries` | §5.1 | `maxAttempts` counts `retries` (attempts = maxAttempts + 1) or total `attempts` |
 * | `retryCounters` | `perPolicy` | §5.1 | attempts counted per retry policy, or `shared` across the task's policies |
 * | `taskTimeoutError` | `FnF.TaskTimeout` | §5.4, §6.4 | error name of a task that passes its `timeoutSeconds` |
 * | `defaultTaskTimeoutSeconds` | `null` | §6.4 | timeout of a task without `timeoutSeconds` (`null`: none; the flow timeout still applies) |
 * | `lateCallback` | `TaskAlreadyCompleted` | §6.4 | answer to a report for a task that timed out or was cancelled: `TaskAlreadyCompleted` or `InvalidArgument` |
 * | `succeedScope` | `sequence` | §9.3 | a nested `succeed` ends its `sequence` only, or the whole `execution` |
 * | `cancelOnFailure` | `true` | §8 | a failed branch / iteration cancels the others (recorded as exited) instead of letting them finish |
 * | `foreachConcurrency` | `100` | §2.8, §8 | foreach iterations running at once (no FDL field sets it) |
 * | `collectionNotArray` | `fail` | §8 | foreach collection missing or not a list: the step `fail`s, or runs as `empty` |
 * | `failDefaultError` | `""` | §9.4 | error of a `fail` step without `error:` |
 * | `queueSendLocal` | `sendResponse` | §12.2 | `$local` of a queue requestResponse task: `{MessageId, MessageBodyMD5, RequestId}`, or `empty` |
 * | `base64MessageBody` | `false` | §6.3, §16.11 | whether FnF base64-encodes the MNS message body it sends |
 * | `priorityJitter` | `0` | §12.6 | chance (0–1) that a receive takes a random visible message instead of the (priority, enqueue time) first |
 * | `invalidLocalError` | `FnF.InvalidLocal` | §5.4 | error of a task whose result is not a JSON object |
 * | `runtimeErrorName` | `FnF.RuntimeError` | §5.4 | error of a step whose paths, condition, wait or collection cannot be evaluated |
 * | `executionTimeoutError` | `FnF.Timeout` | §5.4, §10 | error reported with `ExecutionTimedOut` |
 * | `defaultFlowTimeoutSeconds` | `31536000` | §10.4, §16.5 | execution timeout when the flow sets none (the 1-year maximum duration) |
 * | `childCallbackOnFinish` | `true` | §6.1, §6.5 | a child flow started with `waitForCallback` reports its result to the parent's token when it ends |
 * | `callbackNeedsToken` | `true` | §12.7, App. A | the simulated worker / function / subscriber can report only if the token is in what it received |
 * | `extendedContext` | `false` | §3.5 | also offer `$context.step.name`, `$context.execution.input` and `$context.task.attempt` |
 * | `stepDataLimitBytes` | `32768` | §3.1, §11 | input + output + local of one step; over it the execution fails with `FnF.DataLimitExceeded` (`0`: off) |
 * | `errorCodeAlias` | `true` | §5.3, §15.4 | in `errorMappings`, `$local.code` reads the same as `$local.error` |
 * | `defaultTaskDurationSeconds` | `1` | CONTRACTS §3 | how long a task (or worker) takes when the scenario does not say |
 * | `drainSeconds` | `3600` | — (simulator end) | after the last execution ended, queues and workers keep going this long (redeliveries, late reports), then the run ends |
 * | `maxExecutions` | `1000` | — (simulator safety) | executions one simulation may start; a child flow past it fails its task with `FnF.ExecutionLimitExceeded` (stops runaway recursion) |
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
  readonly errorCodeAlias: boolean
  readonly defaultTaskDurationSeconds: number
  readonly maxExecutions: number
  readonly drainSeconds: number
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
  errorCodeAlias: true,
  defaultTaskDurationSeconds: 1,
  maxExecutions: 1000,
  drainSeconds: 3600,
}
