import type { JsonPath } from './JsonPath.ts'

const same = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((s, i) => s === b[i])
const inside = (path: JsonPath, ancestor: JsonPath) => path.length > ancestor.length && ancestor.every((s, i) => s === path[i])

/**
 * The paths of a multi-selection that are not inside another one, each once, in the given order: what a
 * delete or a move acts on (a container's children go with it).
 */
export function outermostPaths(paths: readonly JsonPath[]): JsonPath[] {
  return paths.filter((p, i) => !paths.some((q, j) => inside(p, q) || (j < i && same(p, q))))
}
