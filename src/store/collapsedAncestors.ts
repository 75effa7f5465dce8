import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import { pathKey } from '../fdl/model/jsonPaths.ts'
import type { StepEntry } from './StepEntry.ts'

/**
 * The collapsed containers a step sits inside (its own name is not counted): a step with any is not drawn on
 * the canvas, so arrow keys pass over it and selecting it some other way opens them.
 */
export function collapsedAncestors(index: ReadonlyMap<string, StepEntry>, path: JsonPath, collapsed: readonly string[]): string[] {
  if (collapsed.length === 0) return []
  const names: string[] = []
  for (let n = path.length - 1; n > 0; n--) {
    const entry = index.get(pathKey(path.slice(0, n)))
    if (entry && collapsed.includes(entry.step.name)) names.push(entry.step.name)
  }
  return names
}
