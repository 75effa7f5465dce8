import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { DesignerState } from '../DesignerState.ts'
import { indexSteps } from '../indexSteps.ts'
import { pathKey, samePath } from '../../fdl/model/jsonPaths.ts'

/**
 * Where a keyboard insert or a paste goes: at the end of the sequence the user aimed at on the canvas, else
 * right after the (last) selected step, else at the end of the top level, as the palette's contract says.
 */
export function insertionPoint(state: DesignerState): { readonly sequence: JsonPath; readonly index: number } {
  const index = indexSteps(state.good.parsed.flow)
  if (state.insertInto) {
    const sequence = state.insertInto.sequence
    const length = [...index.values()].filter((e) => samePath(e.sequence, sequence)).length
    return { sequence: state.insertInto.sequence, index: length }
  }
  const selected = state.selection.at(-1)
  const entry = selected ? index.get(pathKey(selected)) : undefined
  if (entry) return { sequence: entry.sequence, index: entry.index + 1 }
  return { sequence: ['steps'], index: state.good.parsed.flow?.body.steps.length ?? 0 }
}
