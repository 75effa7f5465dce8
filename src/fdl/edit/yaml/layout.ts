import { isCollection, isScalar, type YAMLMap } from 'yaml'
import type { SourceText } from '../text/SourceText.ts'
import { contentEnd, extendOverComments } from './nodes.ts'
import type { YAMLSeq } from 'yaml'

/**
 * The canonical FDL key order (REFERENCE §1–§6): `type`, `name`, then each step type's own keys in the
 * order the reference lists them. One list serves every mapping, because no two contexts order the same
 * keys differently (a step, a flow, a mapping row, a retry or catch policy, a branch, iterationMapping,
 * serviceParams). Keys it does not list come after the listed ones, in their given order.
 */
const ORDER = [
  'version', 'type', 'name',
  'resourceArn', 'action', 'pattern', 'timeoutSeconds',
  'duration', 'timestamp', 'error', 'cause',
  'iterationMapping', 'collection', 'item', 'index',
  'condition', 'errors', 'intervalSeconds', 'maxIntervalSeconds', 'maxAttempts', 'multiplier',
  'target', 'source',
  'inputMappings', 'serviceParams',
  'MessageBody', 'Priority', 'DelaySeconds', 'MessageTag', 'MessageAttributes', 'FlowName', 'ExecutionName', 'Input',
  'choices', 'default', 'branches', 'steps', 'goto',
  'outputMappings', 'errorMappings', 'retry', 'catch', 'end',
]

const RANK = new Map(ORDER.map((k, i) => [k, i]))

/** Position of a key in the canonical order (unlisted keys sort last). */
export function keyRank(key: string): number {
  return RANK.get(key) ?? ORDER.length
}

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

/**
 * Where item `index` of a block list sits in the text. The item owns the comment lines right above its
 * dash that are not indented deeper than the dash, its own lines, and the comment lines right below it
 * that are indented deeper than the dash. Blank lines around it belong to nobody, so they stay put.
 */
export interface ItemLayout {
  /** Offset of the `-` indicator. */
  readonly dash: number
  readonly dashCol: number
  /** Start of the first leading comment line, or of the dash line. */
  readonly start: number
  /** Start of the dash line. */
  readonly lineStart: number
  /** Just after the item's last character of content. */
  readonly contentEnd: number
  /** After the line break of the item's last line (trailing comment lines included). */
  readonly end: number
}

/**
 * Lays out item `index` of a block list, or returns null for layouts an edit cannot address safely
 * (flow lists, compact `- - x` nesting, anchors or tags before the item).
 */
export function itemLayout(src: SourceText, seq: YAMLSeq, index: number): ItemLayout | null {
  if (seq.flow) return null
  const node = seq.items[index] as { range?: [number, number, number] } | null | undefined
  const range = node?.range
  if (!range) return null
  const dash = findDash(src, range[0])
  if (dash < 0 || !src.startsLine(dash)) return null
  const lineStart = src.lineStart(dash)
  const dashCol = dash - lineStart
  const end = contentEnd(src, node, dash + 1)
  let start = lineStart
  for (let p = src.previousLineStart(start); p >= 0 && src.isComment(p) && src.indent(p) <= dashCol; p = src.previousLineStart(p)) start = p
  return { dash, dashCol, start, lineStart, contentEnd: end, end: extendOverComments(src, end, dashCol) }
}

/** Finds the `-` of an item whose content starts at `contentStart`, across blank and comment lines. */
function findDash(src: SourceText, contentStart: number): number {
  const text = src.text
  let i = contentStart - 1
  for (;;) {
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--
    if (i < 0) return -1
    if (text[i] === '-') return i
    if (text[i] !== '\n' && text[i] !== '\r') return -1
    const ls = src.lineStart(i)
    const line = text.slice(ls, src.lineEnd(ls))
    const hash = line.search(/(^|\s)#/)
    const content = (hash < 0 ? line : line.slice(0, hash)).trimEnd()
    if (content === '') {
      i = ls - 1
      continue
    }
    return content.endsWith('-') && (content.length === 1 || /\s/.test(content[content.length - 2] ?? '')) ? ls + content.length - 1 : -1
  }
}
