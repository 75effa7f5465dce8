import type { Diagram } from '../diagram/Diagram.ts'
import type { Box, Layout } from '../layout/Layout.ts'
import type { DropGeometry, SequenceSlot, StepSlot } from './DropGeometry.ts'

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
