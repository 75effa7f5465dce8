/**
 * Thrown when an execution ends in the middle of some work (the event limit was reached, or a nested `succeed`
 * ended it): the run loop catches it and drops the rest of that work, which belonged to the ended execution.
 */
export class ExecutionEnded extends Error {
  override readonly name = 'ExecutionEnded'
}
