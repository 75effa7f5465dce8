import type { StepBase } from './StepBase.ts'
import type { Sequence } from './Sequence.ts'

/**
 * A step whose `type` the language does not define (e.g. the undocumented `loop`), or that has no `type`.
 * Kept so that it survives every edit and is drawn on the canvas; its nested `steps`, if any, are still walked.
 */
export interface UnknownStep extends StepBase {
  readonly type: 'unknown'
  /** What the document says in `type` (empty when it says nothing usable). */
  readonly declaredType: string
  readonly body?: Sequence
}
