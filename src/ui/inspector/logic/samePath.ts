import type { JsonPath } from '../../../fdl/model/JsonPath.ts'

/** True when two JSON paths name the same node. */
export function samePath(a: JsonPath, b: JsonPath): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i])
}
