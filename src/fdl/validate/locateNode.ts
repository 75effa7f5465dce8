import { isMap, isPair, isScalar, isSeq, type Node, type Pair, type Document } from 'yaml'
import type { JsonPath } from '../model/JsonPath.ts'

/** What a JSON path reaches in the YAML tree: the value node, and the pair holding it when it is a map value. */
export interface LocatedNode {
  /** The deepest node the path reaches (the root when nothing matches). */
  readonly node: Node | null
  /** The map pair whose value `node` is, when there is one. */
  readonly pair: Pair | null
  /** Whether the whole path exists; false means `node` is the nearest existing ancestor. */
  readonly exact: boolean
}

/**
 * Walks the document along a JSON path (map keys and sequence indexes) without ever throwing. Missing
 * segments stop the walk at the nearest ancestor, which is where "X is missing" diagnostics point.
 */
export function locateNode(document: Document, path: JsonPath): LocatedNode {
  let node = (document.contents ?? null) as Node | null
  let pair: Pair | null = null
  for (const segment of path) {
    if (typeof segment === 'number' && isSeq(node)) {
      const item = node.items[segment]
      if (item === undefined) return { node, pair, exact: false }
      node = item as Node
      pair = null
    } else if (typeof segment === 'string' && isMap(node)) {
      const found = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment)
      if (found === undefined) return { node, pair, exact: false }
      pair = found as Pair
      node = (found.value ?? null) as Node | null
      if (node === null) return { node: (found.key ?? null) as Node | null, pair, exact: true }
    } else return { node, pair, exact: false }
  }
  return { node, pair, exact: true }
}
