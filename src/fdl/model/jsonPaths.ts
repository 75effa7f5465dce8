
/**
 * A stable text key for a JSON path (`steps.2.branches.0.steps.1`): diagram node ids, map keys, undo groups and
 * React keys. A `.` or `\` inside a key is escaped, so `["a.b"]` and `["a", "b"]` never share a key.
 */
export function pathKey(path: JsonPath): string {
  return path.map((k) => String(k).replace(/[.\\]/g, '\\$&')).join('.')
}

/** True when two JSON paths name the same node. */
export function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}

/** A location in the FDL document as keys and indexes from the root, e.g. `['steps', 0, 'serviceParams']`. */
export type JsonPath = readonly (string | number)[]

const same = (a: JsonPath, b: JsonPath) => a.length === b.length && a.every((s, i) => s === b[i])
const inside = (path: JsonPath, ancestor: JsonPath) => path.length > ancestor.length && ancestor.every((s, i) => s === path[i])

/**
 * The paths of a multi-selection that are not inside another one, each once, in the given order: what a
 * delete or a move acts on (a container's children go with it).
 */
export function outermostPaths(paths: readonly JsonPath[]): JsonPath[] {
  return paths.filter((p, i) => !paths.some((q, j) => inside(p, q) || (j < i && same(p, q))))
}
