import type { SimOptions } from '../SimOptions.ts'

/**
 * What one call of a task does (CONTRACTS §3): succeed with a result (FC return value, or the Output the worker
 * reports), fail with error / cause, or never answer (`timeout`: a function never returns or reports; the
 * simulated worker receives the message and drops it, deleting it without a report, so the task waits for its
 * `timeoutSeconds`). `after` is the virtual seconds the function or worker takes
 * (absent: `SimOptions.defaultTaskDurationSeconds`, 1).
 */
export type TaskOutcome =
  | { readonly kind: 'succeed'; readonly output: unknown; readonly after?: number }
  | { readonly kind: 'fail'; readonly error: string; readonly cause: string; readonly after?: number }
  | { readonly kind: 'timeout'; readonly after?: number }

/** The simulated worker consuming MNS queues (CONTRACTS §3, plus `concurrency` and `manual`). */
export interface WorkerConfig {
  /** ReceiveMessage long-poll wait, seconds (MNS caps it at 30; the simulated worker polls back to back). */
  readonly receiveWaitSeconds: number
  readonly visibilityTimeout: number
  /** Report again right after the first report (shows `TaskAlreadyCompleted`). */
  readonly reportTwice: boolean
  /** Report, then fail to delete on the first delivery: the message comes back after the visibility timeout. */
  readonly crashBeforeDelete: boolean
  /** Messages one worker handles at once (extension; default 1). */
  readonly concurrency: number
  /** Queues left to a person (the manual worker API): `true` for every queue (extension; default none). */
  readonly manual: boolean | readonly string[]
}

/** A scenario file, read and defaulted (CONTRACTS §3). Times are virtual milliseconds since the Unix epoch. */
export interface Scenario {
  readonly input?: unknown
  readonly startTime: number
  /** Outcomes by call, per task step name; past the end the last one repeats; no entry: succeed `{}` after 1 s. */
  readonly tasks: Readonly<Record<string, readonly TaskOutcome[]>>
  readonly worker: WorkerConfig
  /** Child flow name → file path (relative to the scenario file); whoever loads files resolves them. */
  readonly flows: Readonly<Record<string, string>>
  readonly options: Partial<SimOptions>
  /** Seed of every random choice (ids, tokens, jitter): same seed, same trace (extension; default 1). */
  readonly seed: number
  /** Name of the root execution (extension; default: a seeded UUID). */
  readonly executionName?: string
  /** Flow name used in tokens and `$context.flow.name` (extension; default: the definition's `name`, else `flow`). */
  readonly flowName?: string
}

/** 2026-01-01T00:00:00Z, the contract's default virtual start time. */
export const DEFAULT_START_TIME = Date.UTC(2026, 0, 1)

/** The scenario used when none is given: every task succeeds with `{}` after 1 s, one automatic worker. */
export const DEFAULT_SCENARIO: Scenario = {
  startTime: DEFAULT_START_TIME,
  tasks: {},
  worker: { receiveWaitSeconds: 10, visibilityTimeout: 30, reportTwice: false, crashBeforeDelete: false, concurrency: 1, manual: false },
  flows: {},
  options: {},
  seed: 1,
}
