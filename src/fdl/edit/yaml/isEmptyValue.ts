import { isScalar } from 'yaml'

/** True for a value with no text at all (`key:` or `-` alone), which an edit fills rather than replaces. */
export function isEmptyValue(node: unknown): boolean {
  if (node == null) return true
  const r = (node as { range?: [number, number, number] }).range
  return isScalar(node) && node.value == null && (!r || r[1] <= r[0])
}
