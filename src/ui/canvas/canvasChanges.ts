import type { NodeChange } from '@xyflow/react'
import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import { outermostPaths, pathKey } from '../../fdl/model/jsonPaths.ts'
import type { DropTarget } from './drop/dropGeometry.ts'

/**
 * Applies React Flow's select changes (a click, Ctrl+click, a selection box) to the store's selection keys;
 * null when the changes hold no selection change.
 */
export function selectionFromChanges(changes: readonly NodeChange[], current: ReadonlySet<string>): ReadonlySet<string> | null {
  const selects = changes.filter((c) => c.type === 'select')
  if (selects.length === 0) return null
  const next = new Set(current)
  for (const c of selects) {
    if (c.selected) next.add(c.id)
    else next.delete(c.id)
  }
  return next
}

/**
 * The command a drag of these steps asks for: `step.move` for one, `steps.move` for a multi-selection, or
 * null when nothing would change (steps dropped where they are: no undo step then).
 */
export function moveCommand(paths: readonly JsonPath[], target: DropTarget): EditCommand | null {
  const moved = outermostPaths(paths)
  if (moved.length === 0 || staysInPlace(moved, target)) return null
  if (moved.length > 1) return { type: 'steps.move', paths: moved, sequence: target.sequence, index: target.index }
  return { type: 'step.move', from: moved[0]!, sequence: target.sequence, index: target.index }
}

/** Whether the steps are a run of neighbours in the target sequence, dropped just before, inside or after it. */
function staysInPlace(moved: readonly JsonPath[], target: DropTarget): boolean {
  const into = pathKey(target.sequence)
  const indices: number[] = []
  for (const path of moved) {
    const index = path.at(-1)
    if (typeof index !== 'number' || pathKey(path.slice(0, -1)) !== into) return false
    indices.push(index)
  }
  indices.sort((a, b) => a - b)
  const first = indices[0]!
  const last = indices.at(-1)!
  return last - first === indices.length - 1 && target.index >= first && target.index <= last + 1
}
