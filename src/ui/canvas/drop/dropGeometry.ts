import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import type { Box, Layout } from '../layout/layoutDiagram.ts'
import type { Diagram } from '../diagram/Diagram.ts'
import { DIAGRAM_SIZES as S } from '../diagram/Diagram.ts'

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

/** Absolute boxes of every diagram node (layout boxes are relative to their parent). */
function absoluteBoxes(diagram: Diagram, layout: Layout): Map<string, Box> {
  const abs = new Map<string, Box>()
  for (const n of diagram.nodes) {
    const box = layout.boxes.get(n.id)
    if (!box) continue
    const parent = n.parent === null ? undefined : abs.get(n.parent)
    abs.set(n.id, parent ? { ...box, x: box.x + parent.x, y: box.y + parent.y } : box)
  }
  return abs
}

/** Builds the drop targets of a laid-out diagram: the top level and every lane, with their steps in order. */
export function buildDropGeometry(diagram: Diagram, layout: Layout): DropGeometry {
  const abs = absoluteBoxes(diagram, layout)
  const depth = new Map<string, number>()
  const slots = new Map<string | null, { key: string; sequence: SequenceSlot['sequence']; depth: number; rect: Box | null; steps: StepSlot[]; placeholder: Box | null }>()
  slots.set(null, { key: 'steps', sequence: ['steps'], depth: 0, rect: null, steps: [], placeholder: null })
  for (const n of diagram.nodes) {
    const d = n.parent === null ? 0 : (depth.get(n.parent) ?? 0) + 1
    depth.set(n.id, d)
    if (n.kind === 'lane' && n.lane) slots.set(n.id, { key: n.id, sequence: n.lane.sequence, depth: d, rect: abs.get(n.id) ?? null, steps: [], placeholder: null })
    const slot = slots.get(n.parent)
    const rect = abs.get(n.id)
    if (!slot || !rect) continue
    if (n.kind === 'step' || n.kind === 'container') slot.steps.push({ key: n.id, rect })
    if (n.kind === 'placeholder') slot.placeholder = rect
  }
  return { sequences: [...slots.values()] }
}

const inside = (r: Box, p: { x: number; y: number }) => p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height

/** The insertion line between step `index - 1` and step `index` of a sequence. */
function indicatorFor(slot: SequenceSlot, index: number): DropTarget['indicator'] {
  const steps = slot.steps
  if (steps.length === 0) {
    const ph = slot.placeholder ?? slot.rect ?? { x: 0, y: 0, width: S.placeholderWidth, height: S.placeholderHeight }
    return { x: ph.x, y: ph.y + ph.height / 2, width: ph.width, empty: true }
  }
  const before = steps[index - 1]?.rect
  const after = steps[index]?.rect
  const half = S.gapBetweenSteps / 2
  const y = before && after ? (before.y + before.height + after.y) / 2 : after ? after.y - half : before!.y + before!.height + half
  const ref = after ?? before!
  const width = Math.min(ref.width, S.stepWidth)
  return { x: ref.x + (ref.width - width) / 2, y, width, empty: false }
}

/**
 * Where a drop at `point` (flow coordinates) inserts: into the deepest lane under the point (else the top
 * level), before the first step whose middle is below the point. `exclude` holds the keys of the steps being
 * dragged: their own lanes are not targets (a step cannot move into itself).
 */
export function findDropTarget(geometry: DropGeometry, point: { x: number; y: number }, exclude: readonly string[] = []): DropTarget {
  let best: SequenceSlot | undefined
  for (const slot of geometry.sequences) {
    if (slot.rect === null || !inside(slot.rect, point)) continue
    if (exclude.some((key) => slot.key.startsWith(`${key}.`))) continue
    if (!best || slot.depth > best.depth) best = slot
  }
  const slot = best ?? geometry.sequences.find((s) => s.rect === null)!
  const index = slot.steps.filter((s) => s.rect.y + s.rect.height / 2 < point.y).length
  return { sequence: slot.sequence, index, indicator: indicatorFor(slot, index) }
}
