/** The execution-history event types the simulator emits (REFERENCE §10.2, the service's own names). */
export type HistoryEventType =
  | 'ExecutionStarted'
  | 'StepEntered'
  | 'TaskScheduled'
  | 'TaskSubmitted'
  | 'TaskSucceeded'
  | 'TaskFailed'
  | 'TaskTimedOut'
  | 'StepExited'
  | 'BranchEntered'
  | 'BranchExited'
  | 'IterationEntered'
  | 'IterationExited'
  | 'ExecutionSucceeded'
  | 'ExecutionFailed'
  | 'ExecutionTimedOut'
  | 'ExecutionStopped'

/**
 * One event of an execution's history, in GetExecutionHistory's shape (REFERENCE §10.2), with `eventDetail` as an
 * object. `scheduleEventId` links an event to the one that started it: task events to their TaskScheduled, an
 * Exited event to its Entered event, and a StepEntered / BranchEntered / IterationEntered to the Entered event of
 * the enclosing step, branch or iteration (0 at the top level).
 */
export interface HistoryEvent {
  readonly eventId: number
  readonly type: HistoryEventType
  readonly stepName: string
  readonly time: string
  readonly scheduleEventId: number
  readonly eventDetail: Readonly<Record<string, unknown>>
}
