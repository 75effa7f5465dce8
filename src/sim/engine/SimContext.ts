import type { Flow } from '../../fdl/model/Flow.ts'
import type { SimOptions } from '../SimOptions.ts'
import type { Scenario } from '../scenario/Scenario.ts'
import type { SimState } from './SimState.ts'

/** What every engine function works on: the mutable state plus the fixed inputs it was created from. */
export interface SimContext {
  readonly state: SimState
  readonly options: SimOptions
  readonly scenario: Scenario
  readonly flow: Flow
  /** Name of the root flow (tokens, `$context.flow.name`). */
  readonly flowName: string
  /** Child flows that run as nested executions, by the name in `acs:fnf:::flow/NAME`. */
  readonly childFlows: Readonly<Record<string, Flow>>
  /** Counts history events and swimlane actions, so `advance()` can stop after something visible happened. */
  progress: number
}
