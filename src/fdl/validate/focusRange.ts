import { isMap, isScalar, isSeq, type Node } from 'yaml'
import type { LocatedNode } from './locateNode.ts'

/** Which part of a located node a diagnostic underlines. */
export type Focus = 'value' | 'key' | 'head'

type Span = readonly [number, number]

/**
 * The offsets a diagnostic should underline: a scalar value itself; a collection value by its key (`retry:`),
 * so a whole block is not underlined; a step or row by its first entry (`- type: task`). Null when the
 * document has no node there (an empty document).
 */
export function focusRange(located: LocatedNode, focus: Focus): Span | null {
  const { node, pair } = located
  const key = pair?.key as Node | undefined
  if (focus === 'key' && located.exact && key?.range) return [key.range[0], key.range[1]]
  const emptyValue = isScalar(node) && node.range != null && node.range[0] === node.range[1]
  if (focus === 'value' && emptyValue && key?.range) return [key.range[0], key.range[1]]
  if (focus === 'value' && located.exact && isScalar(node) && node.range) return [node.range[0], node.range[1]]
  if (focus === 'value' && located.exact && key?.range && (isMap(node) || isSeq(node))) return [key.range[0], key.range[1]]
  return headOf(node)
}

/** The first line of a node: a map's first `key: scalar` pair, a sequence's first item, or the node itself. */
function headOf(node: Node | null): Span | null {
  if (!node?.range) return null
  if (isMap(node) && node.items.length > 0) {
    const first = node.items[0]!
    const key = first.key as Node | null
    const value = first.value as Node | null
    if (key?.range) return [key.range[0], isScalar(value) && value.range ? value.range[1] : key.range[1]]
  }
  if (isSeq(node) && node.items.length > 0) return headOf(node.items[0] as Node)
  return [node.range[0], isScalar(node) ? node.range[1] : node.range[0]]
}
