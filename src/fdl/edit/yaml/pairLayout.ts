import { isCollection, isScalar, type YAMLMap } from 'yaml'
import type { SourceText } from '../text/SourceText.ts'
import { contentEnd } from './contentEnd.ts'
import { extendOverComments } from './extendOverComments.ts'

/**
 * Where pair `index` of a block mapping sits in the text. Like list items, a pair owns the comment lines
 * right above its key that are not indented deeper than the key (unless the key shares its line with a
 * list dash: those comments belong to the item) and the deeper-indented comment lines right below it.
 */
export interface PairLayout {
  readonly keyStart: number
  readonly keyCol: number
  /** False when the key follows a `- ` on its line (the first key of a list item). */
  readonly startsLine: boolean
  readonly start: number
  /** Just after the `:` indicator. */
  readonly colon: number
  /** The value node (null or an empty scalar when nothing is written after the colon). */
  readonly value: unknown
  /** True when the value is a non-empty block mapping or list, written on the lines below the key. */
  readonly blockValue: boolean
  readonly contentEnd: number
  readonly end: number
}

/** Lays out pair `index` of a block mapping, or null for layouts edits do not address (explicit `?` keys, flow maps). */
export function pairLayout(src: SourceText, map: YAMLMap, index: number): PairLayout | null {
  if (map.flow) return null
  const pair = map.items[index]
  if (!pair || !isScalar(pair.key) || !pair.key.range) return null
  const keyStart = pair.key.range[0]
  let colon = pair.key.range[1]
  while (src.text[colon] === ' ' || src.text[colon] === '\t') colon++
  if (src.text[colon] !== ':') return null
  colon++
  const startsLine = src.startsLine(keyStart)
  const keyCol = src.column(keyStart)
  let start = keyStart
  if (startsLine) {
    start = src.lineStart(keyStart)
    for (let p = src.previousLineStart(start); p >= 0 && src.isComment(p) && src.indent(p) <= keyCol; p = src.previousLineStart(p)) start = p
  }
  const value = pair.value
  const blockValue = isCollection(value) && !value.flow && value.items.length > 0
  const end = contentEnd(src, value, colon)
  return { keyStart, keyCol, startsLine, start, colon, value, blockValue, contentEnd: end, end: extendOverComments(src, end, keyCol) }
}
