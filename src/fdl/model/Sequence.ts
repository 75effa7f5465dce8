import type { JsonPath } from './JsonPath.ts'
import type { Step } from './Step.ts'

/**
 * A serial `steps` list: the flow's top level, a choice branch or default, a parallel branch or a foreach body.
 * `path` points at the `steps` array itself, which is where inserts and moves are addressed.
 */
export interface Sequence {
  readonly path: JsonPath
  readonly steps: readonly Step[]
}
