/** Who did something in the callback swimlane. */
export type CallbackActor = 'workflow' | 'worker' | 'manual' | 'function' | 'subscriber' | 'childFlow'

/** Calls shown in the callback swimlane (issue 6): the workflow's sends, the worker's calls and their answers. */
export type CallbackActionKind = 'SendMessage' | 'PublishMessage' | 'ReceiveMessage' | 'ReportTaskSucceeded' | 'ReportTaskFailed' | 'DeleteMessage'

/**
 * One call between the workflow, an MNS queue and a worker, with the service's answer (`OK` or an error code
 * such as `TaskAlreadyCompleted`, `MessageNotExist`, `ReceiptHandleError`, `InvalidArgument`).
 */
export interface CallbackAction {
  readonly time: number
  readonly kind: CallbackActionKind
  readonly actor: CallbackActor
  /** Queue or topic name ('' for a report that names no queue). */
  readonly queue: string
  readonly messageId: string
  readonly receiptHandle: string
  readonly token: string
  readonly result: string
  /** ReceiveMessage: when the long poll began; otherwise equal to `time`. */
  readonly since: number
  /** Execution and step the message or token belongs to (-1 / '' when unknown, e.g. a bad token). */
  readonly execution: number
  readonly stepName: string
}
