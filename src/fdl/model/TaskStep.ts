import type { Mapping } from './Mapping.ts'
import type { StepBase } from './StepBase.ts'
import type { RetryPolicy } from './RetryPolicy.ts'
import type { CatchPolicy } from './CatchPolicy.ts'

/** Invokes FC, an MNS queue or topic, a child flow (`resourceArn`) or a cloud API (`action`) (REFERENCE §2.3, §6). */
export interface TaskStep extends StepBase {
  readonly type: 'task'
  readonly resourceArn?: string
  /** Set when `resourceArn` is a deploy-time tag such as `!Ref service/function`: kept, not resolvable here. */
  readonly resourceTag?: string
  readonly action?: string
  /** `requestResponse` (default), `sync` or `waitForCallback`; any other text is kept and reported. */
  readonly pattern?: string
  readonly timeoutSeconds?: number
  readonly serviceParams?: Readonly<Record<string, unknown>>
  readonly errorMappings?: readonly Mapping[]
  readonly retry?: readonly RetryPolicy[]
  readonly catch?: readonly CatchPolicy[]
  readonly end?: boolean
}
