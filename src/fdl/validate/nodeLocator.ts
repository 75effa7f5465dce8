import type { Document } from 'yaml'
import type { JsonPath } from '../model/JsonPath.ts'
import { locateNode, stepInto, type LocatedNode } from './locateNode.ts'

interface Entry {
  readonly located: LocatedNode
  /** Created on the first lookup below this node: most nodes are looked up as the end of a path only. */
  children?: Map<string | number, Entry>
}

/**
 * A memoised {@link locateNode} for one document: rules look up many paths under the same steps, so each
 * prefix is resolved once and kept in a trie (no string keys to build per lookup).
 */
export function nodeLocator(document: Document): (path: JsonPath) => LocatedNode {
  const root: Entry = { located: locateNode(document, []) }
  return (path) => {
    let entry = root
    for (const segment of path) {
      let next = entry.children?.get(segment)
      if (next === undefined) {
        next = { located: stepInto(entry.located, segment) }
        ;(entry.children ??= new Map()).set(segment, next)
      }
      entry = next
    }
    return entry.located
  }
}
