import type { YAMLSeq } from 'yaml'
import type { SourceText } from '../text/SourceText.ts'
import { contentEnd } from './contentEnd.ts'
import { extendOverComments } from './extendOverComments.ts'

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
