/** One `catch` entry of a task (REFERENCE §5.2): matching errors jump to the sibling step `goto`. */
export interface CatchPolicy {
  readonly errors: readonly string[]
  readonly goto?: string
}
