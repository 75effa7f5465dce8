import type { JsonPath } from '../fdl/model/JsonPath.ts'

/** A stable string key for a JSON path (`steps.2.branches.0.steps.1`): node ids, map keys, equality. */
export function pathKey(path: JsonPath): string {
  return path.join('.')
}
