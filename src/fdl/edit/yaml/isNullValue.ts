import { isScalar } from 'yaml'
import { isEmptyValue } from './isEmptyValue.ts'

/**
 * True for a value that holds nothing: written empty (`key:`) or as null (`key: null`, `~`; JSON writes an absent
 * list that way). An edit may fill it as if the key had no value. An anchored null is not: other places use it.
 */
export function isNullValue(node: unknown): boolean {
  return isEmptyValue(node) || (isScalar(node) && node.value == null && !node.anchor)
}
