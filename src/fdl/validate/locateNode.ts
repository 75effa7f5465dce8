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
  let located: LocatedNode = { node: (document.contents ?? null) as Node | null, pair: null, exact: true }
  for (const segment of path) located = stepInto(located, segment)
  return located
}

/** One step of {@link locateNode}: the child at `segment`, or the same place marked inexact when there is none. */
export function stepInto(from: LocatedNode, segment: string | number): LocatedNode {
  const { node } = from
  if (!from.exact) return from
  if (typeof segment === 'number' && isSeq(node)) {
    const item = node.items[segment]
    return item === undefined ? { ...from, exact: false } : { node: item as Node, pair: null, exact: true }
  }
  if (typeof segment === 'string' && isMap(node)) {
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key) || String(pair.key.value) !== segment) continue
      // `key:` with nothing after it: point at the key, which is what the user sees.
      const value = (pair.value ?? pair.key) as Node | null
      return { node: value, pair: pair as Pair, exact: true }
    }
  }
  return { ...from, exact: false }
}
