import type { TaskOutcome } from '../scenario/Scenario.ts'

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
