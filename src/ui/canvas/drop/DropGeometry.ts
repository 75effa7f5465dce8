import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Box } from '../layout/Layout.ts'

/** A step box in absolute flow coordinates. */
export interface StepSlot {
  readonly key: string
  readonly rect: Box
}

/** One sequence as a drop target: where it is (null: the top level, which is everywhere else) and its steps in order. */
export interface SequenceSlot {
  readonly key: string
  readonly sequence: JsonPath
  readonly depth: number
  readonly rect: Box | null
  readonly steps: readonly StepSlot[]
  /** The empty-sequence placeholder's box, when the sequence has no steps. */
  readonly placeholder: Box | null
}

/** Every sequence of the shown diagram with absolute boxes: what palette drops and step drags aim at. */
export interface DropGeometry {
  readonly sequences: readonly SequenceSlot[]
}

/** Where a drop would insert, and the line that shows it (flow coordinates). */
export interface DropTarget {
  readonly sequence: JsonPath
  readonly index: number
  readonly indicator: { readonly x: number; readonly y: number; readonly width: number; readonly empty: boolean }
}
