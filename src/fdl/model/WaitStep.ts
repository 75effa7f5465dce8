import type { StepBase } from './StepBase.ts'

/** Pauses for `duration` seconds or until `timestamp`; either may be a `$.path` (REFERENCE §2.5). */
export interface WaitStep extends StepBase {
  readonly type: 'wait'
  readonly duration?: number | string
  readonly timestamp?: string
  readonly end?: boolean
}
