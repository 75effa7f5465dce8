import type { StepBase } from './StepBase.ts'

/** Emits constants or reshapes data; its local is empty (REFERENCE §2.4). */
export interface PassStep extends StepBase {
  readonly type: 'pass'
  readonly end?: boolean
}
