import type { EditCommand } from '../../fdl/edit/EditCommand.ts'
import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import { outermostPaths } from '../../fdl/model/outermostPaths.ts'
import { pathKey } from '../../store/pathKey.ts'
import type { DropTarget } from './drop/DropGeometry.ts'

/**
 * The command a drag of these steps asks for: `step.move` for one, `steps.move` for a multi-selection, or
 * null when nothing would change (one step dropped where it is: no undo step then).
 */
export function moveCommand(paths: readonly JsonPath[], target: DropTarget): EditCommand | null {
  const moved = outermostPaths(paths)
  if (moved.length === 0) return null
  if (moved.length > 1) return { type: 'steps.move', paths: moved, sequence: target.sequence, index: target.index }
  const from = moved[0]!
  const parent = from.slice(0, -1)
  const index = from.at(-1)
  if (typeof index !== 'number') return null
  if (pathKey(parent) === pathKey(target.sequence) && (target.index === index || target.index === index + 1)) return null
  return { type: 'step.move', from, sequence: target.sequence, index: target.index }
}
