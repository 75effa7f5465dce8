import type { JsonPath } from '../../../fdl/model/JsonPath.ts'

/**
 * A stable text key for a document path, used as the undo group of a field (`field:steps.0.name`) so that
 * a typing burst in one field is one undo step, and as a React key.
 */
export function pathKey(path: JsonPath): string {
  return path.map((k) => String(k).replace(/[.\\]/g, '\\$&')).join('.')
}
