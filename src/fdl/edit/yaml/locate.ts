import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'

/** How a node hangs in its parent: as the value of pair `index` of a map, or as item `index` of a list. */
export type Parent =
  | { readonly kind: 'pair'; readonly map: YAMLMap; readonly index: number }
  | { readonly kind: 'item'; readonly seq: YAMLSeq; readonly index: number }

/** One node on the way down a path: the node (null for an empty value) and where it hangs. */
export interface Located {
  readonly node: unknown
  readonly parent: Parent | null
  readonly path: JsonPath
}

/** The nodes from the root down a path, as far as the path exists. `found` says whether it exists entirely. */
export interface Location {
  readonly chain: readonly Located[]
  readonly found: boolean
}

/** Index of the pair whose plain key is `key`, or -1. */
function pairIndex(map: YAMLMap, key: string): number {
  return map.items.findIndex((p) => isScalar(p.key) && String(p.key.value) === key)
}

/**
 * Walks `path` from the document root: string segments through mapping keys, integer segments through
 * list items. Never throws; stops at the first segment that does not exist, or at an alias (aliases are
 * not followed: an edit through one would change every place that uses the anchor).
 */
export function locate(doc: Document, path: JsonPath): Location {
  const chain: Located[] = [{ node: doc.contents, parent: null, path: [] }]
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]
    const here = chain[chain.length - 1]!.node
    let next: Located | null = null
    if (isMap(here) && typeof seg === 'string') {
      const index = pairIndex(here, seg)
      if (index >= 0) next = { node: here.items[index]!.value, parent: { kind: 'pair', map: here, index }, path: path.slice(0, i + 1) }
    } else if (isSeq(here) && typeof seg === 'number' && Number.isInteger(seg) && seg >= 0 && seg < here.items.length) {
      next = { node: here.items[seg], parent: { kind: 'item', seq: here, index: seg }, path: path.slice(0, i + 1) }
    }
    if (!next) return { chain, found: false }
    chain.push(next)
  }
  return { chain, found: true }
}
