import { isMap, isScalar, isSeq, type Document, type YAMLMap, type YAMLSeq, isCollection, isPair } from 'yaml'
import type { JsonPath } from '../../model/jsonPaths.ts'
import type { SourceText } from '../text/SourceText.ts'

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

/** True for a value with no text at all (`key:` or `-` alone), which an edit fills rather than replaces. */
export function isEmptyValue(node: unknown): boolean {
  if (node == null) return true
  const r = (node as { range?: [number, number, number] }).range
  return isScalar(node) && node.value == null && (!r || r[1] <= r[0])
}

/**
 * True for a value that holds nothing: written empty (`key:`) or as null (`key: null`, `~`; JSON writes an absent
 * list that way). An edit may fill it as if the key had no value. An anchored null is not: other places use it.
 */
export function isNullValue(node: unknown): boolean {
  return isEmptyValue(node) || (isScalar(node) && node.value == null && !node.anchor)
}

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

/**
 * From the content end of a node, the offset after its last line, taking in the comment lines right
 * below it that are indented deeper than `col` (they annotate the node, so they move and go with it).
 */
export function extendOverComments(src: SourceText, contentEnd: number, col: number): number {
  let end = src.nextLineStart(Math.max(0, contentEnd - 1))
  while (end < src.text.length && src.isComment(end) && src.indent(end) > col) end = src.nextLineStart(end)
  return end
}
