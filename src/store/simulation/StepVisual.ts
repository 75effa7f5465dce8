/** What the canvas shows on a step at time `t`. */
export type StepPhase = 'notStarted' | 'running' | 'waiting' | 'retrying' | 'succeeded' | 'failed' | 'caught' | 'skipped' | 'cancelled'

/**
 * A step's state at one moment: its phase, the attempt number while retrying, how many of its runs are
 * going on (inside a foreach, many at once), and for a foreach its iterations done / running / total.
 */
export interface StepVisual {
  readonly phase: StepPhase
  readonly attempt: number
  readonly active: number
  readonly runs: number
  readonly progress?: { readonly done: number; readonly running: number; readonly total: number }
}
