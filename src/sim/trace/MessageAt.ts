import type { MessageState } from './MessageRecord.ts'

/** A message as the queue view shows it at some time `t` (issue 6, region `Message queue`). */
export interface MessageAt {
  readonly index: number
  readonly queue: string
  readonly topic: boolean
  readonly messageId: string
  readonly body: string
  readonly priority: number
  readonly enqueueTime: number
  readonly state: MessageState
  readonly dequeueCount: number
  /** Valid while in flight (inactive), else null. */
  readonly receiptHandle: string | null
  /** The token in the body (highlight it), if the sending task waits for one. */
  readonly token: string | null
  readonly execution: number
  readonly stepName: string
}
