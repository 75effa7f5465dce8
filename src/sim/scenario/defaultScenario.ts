import type { Scenario } from './Scenario.ts'

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
