import type { LineCounter } from 'yaml'
import { OutsideBlockSubset } from './OutsideBlockSubset.ts'

const RETURN = 13
const SPACE = 32
const HASH = 35

/**
 * Characters the block reader leaves to the yaml library: tabs (YAML forbids them in indentation), other
 * control characters, a byte order mark, a lone carriage return, and `\u2028`/`\u2029` (line breaks in
 * JavaScript, not in YAML). A CR before LF is fine: it is read as part of the line break.
 */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNREAD = /[\u0000-\u0009\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\ufeff]|\r(?!\n)/

/**
 * The content lines of a text, the lines a block structure is made of: blank and comment-only lines are
 * skipped, as YAML ignores them between nodes. Typed arrays indexed by content line, sized once from the
 * count of line breaks: they live outside the JavaScript heap, so neither growing them nor collecting them
 * costs the garbage collector anything (arrays grown by `push` were a tenth of what a parse allocated).
 */
export class BlockLines {
  /** Offset of the first non-space character. */
  readonly start: Int32Array
  /** Offset of the line break (or the text's end); a CR before LF is not content. */
  readonly end: Int32Array
  /** Offset of the next line's start (after the break), or the text's length. */
  readonly next: Int32Array
  /** Number of leading spaces. */
  readonly indent: Int32Array
  /** The number of content lines. */
  readonly count: number

  /** Splits `text` into content lines and records every line start in `lineCounter`, as the yaml parser does. */
  constructor(readonly text: string, lineCounter: LineCounter) {
    if (UNREAD.test(text)) throw new OutsideBlockSubset('control character, tab or byte order mark')
    let lines = 1
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lines++
    this.start = new Int32Array(lines)
    this.end = new Int32Array(lines)
    this.next = new Int32Array(lines)
    this.indent = new Int32Array(lines)
    let count = 0
    lineCounter.addNewLine(0)
    let lineStart = 0
    while (lineStart <= text.length) {
      let lineEnd = text.indexOf('\n', lineStart)
      const hasBreak = lineEnd >= 0
      if (!hasBreak) lineEnd = text.length
      let p = lineStart
      while (text.charCodeAt(p) === SPACE) p++
      const first = text.charCodeAt(p)
      const contentEnd = hasBreak && text.charCodeAt(lineEnd - 1) === RETURN ? lineEnd - 1 : lineEnd
      if (p < contentEnd && first !== HASH) {
        if (p === lineStart && isMarker(text, p)) throw new OutsideBlockSubset('document marker or directive')
        this.start[count] = p
        this.end[count] = contentEnd
        this.next[count] = hasBreak ? lineEnd + 1 : lineEnd
        this.indent[count] = p - lineStart
        count++
      }
      if (!hasBreak) break
      lineStart = lineEnd + 1
      lineCounter.addNewLine(lineStart)
    }
    this.count = count
  }
}

/** `---`, `...` or a `%` directive at column 0: several documents or directives, left to the yaml library. */
function isMarker(text: string, p: number): boolean {
  const c = text.charCodeAt(p)
  if (c === 37) return true // %
  return (text.startsWith('---', p) || text.startsWith('...', p)) && (p + 3 >= text.length || text.charCodeAt(p + 3) <= SPACE)
}
