import type { Step } from '../../fdl/model/Step.ts'
import type { SeqRun } from './SimState.ts'

/** A step being finished: where it sits, what it received and which event entered it. */
export interface StepFrame {
  readonly seqRun: SeqRun
  readonly index: number
  readonly step: Step
  readonly input: unknown
  readonly enteredEvent: number
  /** The step's run id, or 0 for steps that finish at once (pass, succeed, fail, an empty choice branch). */
  readonly runId: number
  /** The step's last event so far (its events form one chain: `stepEvents.ts`). */
  lastEvent: number
}

/** How a step ended: with an output (possibly after a caught error, a goto or a succeed), or failed. */
export type StepResult =
  | {
      readonly ok: true
      readonly output: Record<string, unknown>
      readonly local: unknown
      readonly goto?: string
      readonly endSequence?: boolean
      readonly caught?: { readonly error: string; readonly cause: string }
    }
  | { readonly ok: false; readonly error: string; readonly cause: string }
