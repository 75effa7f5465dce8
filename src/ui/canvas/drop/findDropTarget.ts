import { DIAGRAM_SIZES as S } from '../diagram/DIAGRAM_SIZES.ts'
import type { Box } from '../layout/Layout.ts'
import type { DropGeometry, DropTarget, SequenceSlot } from './DropGeometry.ts'

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
