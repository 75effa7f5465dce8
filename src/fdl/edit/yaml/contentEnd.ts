import { isCollection, isPair, isScalar } from 'yaml'
import type { SourceText } from '../text/SourceText.ts'

type Ranged = { range?: [number, number, number] | null } | null | undefined

/**
 * Offset just after the last character of a node's own content: not its trailing comments or line breaks
 * (`yaml` counts both into a block collection's range), never before `fallback` (the position of the
 * `-` or `:` that introduces it). Walks down the last children in a loop, so deep nesting is safe.
 */
export function contentEnd(src: SourceText, node: unknown, fallback: number): number {
  let n = node
  for (;;) {
    if (isCollection(n) && !n.flow && n.items.length > 0) {
      const last: unknown = n.items[n.items.length - 1]
      if (isPair(last)) {
        if (isEmpty(last.value)) return Math.max(fallback, afterColon(src, last.key))
        n = last.value
      } else n = last
      continue
    }
    const range = (n as Ranged)?.range
    if (!range) return fallback
    return Math.max(fallback, range[1] > range[0] ? src.trimEnd(range[0], range[1]) : range[0])
  }
}

/** True for a missing value or one with no text (`key:` alone). */
function isEmpty(value: unknown): boolean {
  if (value == null) return true
  const range = (value as Ranged)?.range
  return isScalar(value) && value.value == null && (!range || range[1] <= range[0])
}

/** Offset after the `:` that follows a key. */
function afterColon(src: SourceText, key: unknown): number {
  const range = (key as Ranged)?.range
  if (!range) return 0
  let i = range[1]
  while (src.text[i] === ' ' || src.text[i] === '\t') i++
  return src.text[i] === ':' ? i + 1 : range[1]
}
