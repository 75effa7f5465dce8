import type { JsonPath } from './JsonPath.ts'

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
