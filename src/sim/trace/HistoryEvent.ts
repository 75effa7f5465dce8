/** The execution-history event types (REFERENCE §10.2, the service's own names, all 21 of them). */
export type HistoryEventType =
  | 'ExecutionStarted'
  | 'StepEntered'
  | 'StepStarted'
  | 'StepSucceeded'
  | 'StepFailed'
  | 'TaskScheduled'
  | 'TaskStarted'
  | 'TaskSubmitted'
  | 'TaskSubmitFailed'
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
 * object. `scheduleEventId` links an event to the one before it in its chain (the model is in `engine/stepEvents.ts`):
 * each event of a step to the previous event of that step, a BranchExited / IterationExited to its Entered event,
 * a BranchEntered / IterationEntered to its container's StepStarted, a StepEntered to the previous event of its
 * sequence (option `stepEnteredSchedule`), ExecutionStarted and the execution's final event to 0.
 */
export interface HistoryEvent {
  readonly eventId: number
  readonly type: HistoryEventType
  readonly stepName: string
  readonly time: string
  readonly scheduleEventId: number
  readonly eventDetail: Readonly<Record<string, unknown>>
}
