import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import type { Step } from '../fdl/model/Step.ts'

/** A step with where it sits: its sequence (the `steps` list path), its index there and its nesting depth. */
export interface StepEntry {
  readonly step: Step
  readonly key: string
  readonly sequence: JsonPath
  readonly index: number
  readonly depth: number
}
