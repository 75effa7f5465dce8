import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import { pathKey } from '../../store/pathKey.ts'
import type { DropTarget } from './drop/DropGeometry.ts'

/** The `step.move` a drag asks for, or null when the step would land where it already is (no undo step then). */
export function moveCommand(from: JsonPath, target: DropTarget): EditCommand | null {
  const parent = from.slice(0, -1)
  const index = from.at(-1)
  if (typeof index !== 'number') return null
  if (pathKey(parent) === pathKey(target.sequence) && (target.index === index || target.index === index + 1)) return null
  return { type: 'step.move', from, sequence: target.sequence, index: target.index }
}
