import { isMap, isPair, isScalar, isSeq, type YAMLMap } from 'yaml'
import { CANONICAL_KEY_ORDER } from './canonicalKeyOrder.ts'
import { CANONICAL_CHILDREN } from './canonicalChildren.ts'

type Kind = keyof typeof CANONICAL_KEY_ORDER

const keyOf = (pair: unknown) => (isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : '')

/**
 * Puts the pairs of every FDL mapping in the document into canonical order, in place. Pairs move whole, so
 * the comments and blank lines attached to their keys and values move with them.
 */
export function orderKeys(map: YAMLMap, kind: Kind = 'flow'): void {
  const order: readonly string[] = CANONICAL_KEY_ORDER[kind]
  const rank = (pair: unknown) => {
    const i = order.indexOf(keyOf(pair))
    return i < 0 ? order.length : i
  }
  const before = map.items[0]
  map.items = map.items.map((pair, i) => ({ pair, i })).sort((a, b) => rank(a.pair) - rank(b.pair) || a.i - b.i).map((e) => e.pair)
  if (kind === 'flow') keepHeaderOnTop(before, map.items[0])
  const children = CANONICAL_CHILDREN[kind] ?? {}
  for (const pair of map.items) {
    const child = children[keyOf(pair)]
    if (child === undefined || !isPair(pair)) continue
    if (isMap(pair.value)) orderKeys(pair.value, child)
    else if (isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) orderKeys(item, child)
  }
}

/**
 * A comment at the top of a file reads as the file's header, but the yaml library stores it on the first key;
 * when that key moves down, the header stays on top (given to the new first key).
 */
function keepHeaderOnTop(oldFirst: unknown, newFirst: unknown): void {
  if (oldFirst === newFirst || !isPair(oldFirst) || !isPair(newFirst) || !isScalar(oldFirst.key) || !isScalar(newFirst.key)) return
  const header = oldFirst.key.commentBefore
  if (!header) return
  newFirst.key.commentBefore = newFirst.key.commentBefore ? `${header}\n${newFirst.key.commentBefore}` : header
  oldFirst.key.commentBefore = undefined
}
