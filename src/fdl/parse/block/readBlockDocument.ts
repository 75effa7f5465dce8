import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, YAMLWarning } from 'yaml'
import { BlockLines } from './BlockLines.ts'
import { ItemStack } from './ItemStack.ts'
import { OutsideBlockSubset, readFastDocument } from './OutsideBlockSubset.ts'
import { PlainCache, resolvePlain } from './resolvePlain.ts'
import { scanQuoted } from './scanQuoted.ts'

const SPACE = 32
const HASH = 35
const COLON = 58
const DASH = 45
const DOUBLE = 34
const SINGLE = 39
const COMMA = 44
const BANG = 33
const OPEN_SEQ = 91
const CLOSE_SEQ = 93
const OPEN_MAP = 123
const CLOSE_MAP = 125

/** First characters that make a plain scalar something else: flow collections, anchors, tags, block scalars… */
const INDICATOR = new Set([...',[]{}#&*!|>%@`'].map((c) => c.charCodeAt(0)))
/** `- `, `? `, `: ` begin a block entry, not a scalar; followed by anything else they start a plain scalar. */
const ENTRY = new Set([DASH, 63, COLON])
/** A local tag on a value, as deploy tools write them (`!Ref service/function`), then the plain scalar it tags. */
const LOCAL_TAG = /^!([A-Za-z0-9_.-]+) +(?=[^ '"[{!&*|>#])/
/** The yaml library refuses implicit keys longer than this. */
const MAX_KEY_LENGTH = 1024

/**
 * Reads the plain block style that flows are written in (and that the designer writes) an order of magnitude
 * faster than the yaml library: block mappings and sequences, one-line plain and quoted scalars, one-line flow
 * lists and mappings of scalars (`errors: [FnF.ALL]`, `steps: []`), local tags on plain values (`!Ref svc/fn`,
 * kept unresolved with the library's warning), comments.
 * It builds the same `yaml` nodes the library would (values, scalar types and formats, and `range[0]` /
 * `range[1]` of every node, which is what the model, the validator and the edit commands read), so everything
 * downstream works on it unchanged.
 *
 * It returns null the moment the text uses anything else (nested or multi-line flow collections, block or
 * multi-line scalars, anchors, other tags, several documents, duplicate keys, tabs, any doubt about validity): the caller then parses
 * with the yaml library, which also explains any syntax error. Two things it does not reproduce, because
 * nothing reads them from a parsed flow: comments are not attached to nodes (print with the yaml library),
 * and `range[2]` (and so a block collection's end) does not take in the comment and blank lines that follow.
 */
export function readBlockDocument(text: string): { document: Document.Parsed; lineCounter: LineCounter } | null {
  const lineCounter = new LineCounter()
  return readFastDocument(text, lineCounter, (document) => {
    const lines = new BlockLines(text, lineCounter)
    if (lines.count === 0) return null // empty or comments only: the yaml library says what that means
    return new BlockReader(lines, document).root()
  })
}

/** One pass over the content lines; `line` is the next content line to read. */
class BlockReader {
  private line = 0
  private readonly text: string
  private readonly tags = new PlainCache()
  private readonly stack = new ItemStack()

  constructor(
    private readonly lines: BlockLines,
    private readonly doc: Document,
  ) {
    this.text = lines.text
  }

  /** The top-level mapping; anything else at the top is left to the yaml library. */
  root(): YAMLMap {
    const { start, end, indent } = this.lines
    if (this.isDash(0) || this.keyColon(start[0]!, end[0]!) < 0) throw new OutsideBlockSubset('the top level is not a block mapping')
    const map = this.map(start[0]!, indent[0]!)
    if (this.line < this.lines.count) throw new OutsideBlockSubset('lines after the top-level mapping')
    return map
  }

  /** A block mapping whose first key starts at `p` on the current line, in column `column`. */
  private map(p: number, column: number): YAMLMap {
    const { start, end, indent } = this.lines
    const map = new YAMLMap(this.doc.schema)
    const base = this.stack.base
    const first = p
    let last = p
    for (;;) {
      const lineEnd = end[this.line]!
      const colon = this.keyColon(p, lineEnd)
      if (colon < 0) throw new OutsideBlockSubset('a line that is not `key: value` in a mapping')
      const key = resolvePlain(this.doc, this.tags, this.text.slice(p, colon), true, [p, colon, colon])
      const value = this.valueAfter(colon + 1, column, true)
      this.stack.pushEntry(base, new Pair(key, value), key.value)
      last = value.range![2]
      if (this.line >= this.lines.count || indent[this.line]! < column) break
      if (indent[this.line]! > column) throw new OutsideBlockSubset('unexpected indentation in a mapping')
      if (this.isDash(this.line)) throw new OutsideBlockSubset('a list item where a key was expected')
      p = start[this.line]!
    }
    map.items = this.stack.takeEntries(base)
    map.range = [first, last, last]
    return map
  }

  /** A block sequence whose dashes are in column `column`, starting at the current line. */
  private seq(column: number): YAMLSeq {
    const { start, end, indent } = this.lines
    const seq = new YAMLSeq(this.doc.schema)
    const base = this.stack.base
    const first = start[this.line]!
    let last = first
    for (;;) {
      const dash = start[this.line]!
      const lineEnd = end[this.line]!
      const p = this.skipSpaces(dash + 1, lineEnd)
      let item: Scalar | YAMLMap | YAMLSeq
      if (p >= lineEnd || this.text.charCodeAt(p) === HASH) item = this.valueAfter(dash + 1, column, false)
      else if (this.text.charCodeAt(p) === DASH && (p + 1 >= lineEnd || this.text.charCodeAt(p + 1) === SPACE)) {
        throw new OutsideBlockSubset('a list directly inside a list item')
      } else if (this.keyColon(p, lineEnd) >= 0) item = this.map(p, p - (dash - indent[this.line]!))
      else item = this.valueOnLine(p)
      this.stack.push(item)
      last = item.range![2]
      if (this.line >= this.lines.count || indent[this.line]! < column) break
      if (indent[this.line]! > column) throw new OutsideBlockSubset('unexpected indentation in a list')
      if (!this.isDash(this.line)) break // a key in the same column: the mapping that holds this list goes on
    }
    seq.items = this.stack.take(base)
    seq.range = [first, last, last]
    return seq
  }

  /**
   * The value after a `key:` or a `-` (at offset `q` on the current line, the entry in column `column`): a
   * scalar on the same line, else a block node on the lines below (more indented, or a list in the same column
   * under a key), else null. Leaves `line` after the value.
   */
  private valueAfter(q: number, column: number, underKey: boolean): Scalar | YAMLMap | YAMLSeq {
    const { start, end, indent, next } = this.lines
    const here = this.line
    const lineEnd = end[here]!
    const p = this.skipSpaces(q, lineEnd)
    if (p < lineEnd && this.text.charCodeAt(p) !== HASH) return this.valueOnLine(p)
    this.line++
    const below = this.line
    if (below < this.lines.count) {
      const deeper = indent[below]! > column
      if (deeper || (underKey && indent[below] === column && this.isDash(below))) {
        if (this.isDash(below)) return this.seq(indent[below]!)
        if (deeper && this.keyColon(start[below]!, end[below]!) >= 0) return this.map(start[below]!, indent[below]!)
        throw new OutsideBlockSubset('a scalar on the line below its key')
      }
    }
    // `key:` alone: the library places the null after the spaces that follow the colon (or the dash).
    const scalar = new Scalar(null)
    scalar.range = [p, p, p < lineEnd ? next[here]! : p]
    scalar.source = ''
    scalar.type = 'PLAIN'
    return scalar
  }

  /**
   * A scalar or a one-line flow collection starting at `p`, which must end its line (an optional comment
   * aside); moves to the next line.
   */
  private valueOnLine(p: number): Scalar | YAMLMap | YAMLSeq {
    const here = this.line
    const lineEnd = this.lines.end[here]!
    const range: [number, number, number] = [p, p, this.lines.next[here]!]
    const c = this.text.charCodeAt(p)
    let scalar: Scalar
    if (c === OPEN_SEQ || c === OPEN_MAP) {
      const node = this.flowCollection(p, lineEnd)
      this.endOfValue(node.range![1], lineEnd)
      node.range = [p, node.range![1], range[2]]
      this.line++
      return node
    }
    if (c === BANG) return this.taggedValue(p, lineEnd, range)
    if (c === DOUBLE || c === SINGLE) {
      const { value, close } = scanQuoted(this.text, p, lineEnd)
      this.endOfValue(close, lineEnd)
      range[1] = close
      scalar = new Scalar(value)
      scalar.range = range
      scalar.source = value
      scalar.type = c === DOUBLE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
    } else {
      if (this.startsOther(p, lineEnd)) throw new OutsideBlockSubset('a value that is not a plain scalar')
      range[1] = this.plainEnd(p, lineEnd)
      scalar = resolvePlain(this.doc, this.tags, this.text.slice(p, range[1]), false, range)
    }
    this.line++
    return scalar
  }

  /**
   * `!Name value`: a plain scalar with a local tag the schema does not know. The library keeps its text as a
   * string, sets the tag, and warns that it cannot resolve it; so does this.
   */
  private taggedValue(p: number, lineEnd: number, range: [number, number, number]): Scalar {
    const tag = LOCAL_TAG.exec(this.text.slice(p, lineEnd))
    if (!tag) throw new OutsideBlockSubset('a tag other than a local tag on a plain value')
    const start = p + tag[0].length
    if (this.startsOther(start, lineEnd)) throw new OutsideBlockSubset('a tagged value that is not a plain scalar')
    range[0] = start
    range[1] = this.plainEnd(start, lineEnd)
    const source = this.text.slice(start, range[1])
    const scalar = new Scalar(source)
    scalar.range = range
    scalar.source = source
    scalar.type = 'PLAIN'
    scalar.tag = `!${tag[1]}`
    const tagEnd = p + 1 + tag[1]!.length
    this.doc.warnings.push(new YAMLWarning([p, tagEnd], 'TAG_RESOLVE_FAILED', `Unresolved tag: ${scalar.tag}`))
    this.line++
    return scalar
  }

  /** After a quoted scalar or a flow collection ending at `end`: nothing but spaces and a comment. */
  private endOfValue(end: number, lineEnd: number): void {
    const after = this.skipSpaces(end, lineEnd)
    if (after < lineEnd && (after === end || this.text.charCodeAt(after) !== HASH)) throw new OutsideBlockSubset('text after a value')
  }

  /**
   * A flow list or mapping that opens at `p` and closes on the same line, holding scalars only
   * (`[FnF.ALL]`, `[]`, `{MessageBody: $, Priority: 1}`). Its range ends after the closing bracket.
   */
  private flowCollection(p: number, lineEnd: number): YAMLMap | YAMLSeq {
    const text = this.text
    const isList = text.charCodeAt(p) === OPEN_SEQ
    const closer = isList ? CLOSE_SEQ : CLOSE_MAP
    const node = isList ? new YAMLSeq(this.doc.schema) : new YAMLMap(this.doc.schema)
    const base = this.stack.base
    node.flow = true
    let j = this.skipSpaces(p + 1, lineEnd)
    if (text.charCodeAt(j) !== closer) {
      for (;;) {
        if (isList) {
          const item = this.flowScalar(j, lineEnd, false)
          this.stack.push(item)
          j = this.skipSpaces(item.range![1], lineEnd)
        } else {
          const key = this.flowScalar(j, lineEnd, true)
          if (text.charCodeAt(key.range![1]) !== COLON || text.charCodeAt(key.range![1] + 1) !== SPACE) throw new OutsideBlockSubset('a flow mapping entry that is not `key: value`')
          const v = this.skipSpaces(key.range![1] + 1, lineEnd)
          const c = text.charCodeAt(v)
          let value: Scalar
          if (c === COMMA || c === CLOSE_MAP) {
            value = new Scalar(null)
            value.range = [v, v, v]
            value.source = ''
            value.type = 'PLAIN'
          } else value = this.flowScalar(v, lineEnd, false)
          this.stack.pushEntry(base, new Pair(key, value), key.value)
          j = this.skipSpaces(value.range![1], lineEnd)
        }
        const c = text.charCodeAt(j)
        if (c === closer) break
        if (c !== COMMA) throw new OutsideBlockSubset('a flow collection that does not close on its line')
        j = this.skipSpaces(j + 1, lineEnd)
        if (text.charCodeAt(j) === closer) throw new OutsideBlockSubset('a trailing comma in a flow collection')
      }
    }
    if (isList) (node as YAMLSeq).items = this.stack.take(base)
    else (node as YAMLMap).items = this.stack.takeEntries(base)
    node.range = [p, j + 1, j + 1]
    return node
  }

  /**
   * A scalar inside a one-line flow collection: quoted, or plain up to the next `,` or closing bracket (or
   * the `: ` after a key). Anything that could nest, comment or continue sends the text to the library.
   */
  private flowScalar(p: number, lineEnd: number, atKey: boolean): Scalar {
    const text = this.text
    const c = text.charCodeAt(p)
    if (c === DOUBLE || c === SINGLE) {
      if (atKey) throw new OutsideBlockSubset('quoted key')
      const { value, close } = scanQuoted(text, p, lineEnd)
      const scalar = new Scalar(value)
      scalar.range = [p, close, close]
      scalar.source = value
      scalar.type = c === DOUBLE ? 'QUOTE_DOUBLE' : 'QUOTE_SINGLE'
      return scalar
    }
    // In a flow collection `-`, `?` and `:` start a plain scalar only before a character that is not a flow indicator.
    const next = text.charCodeAt(p + 1)
    const entryLike = ENTRY.has(c) && (next === COMMA || next === CLOSE_SEQ || next === CLOSE_MAP || next === OPEN_SEQ || next === OPEN_MAP)
    if (p >= lineEnd || this.startsOther(p, lineEnd) || c === COMMA || entryLike) throw new OutsideBlockSubset('an empty or unusual entry in a flow collection')
    let j = p
    for (; j < lineEnd; j++) {
      const k = text.charCodeAt(j)
      if (k === COMMA || k === CLOSE_SEQ || k === CLOSE_MAP) break
      if (k === COLON) {
        if (atKey) break
        throw new OutsideBlockSubset('a colon in a flow scalar')
      }
      if (k === OPEN_SEQ || k === OPEN_MAP || (k === HASH && text.charCodeAt(j - 1) === SPACE)) throw new OutsideBlockSubset('nesting or a comment inside a flow collection')
    }
    let end = j
    while (text.charCodeAt(end - 1) === SPACE) end--
    return resolvePlain(this.doc, this.tags, text.slice(p, end), atKey, [p, end, end])
  }

  /**
   * The offset of the `:` that ends a plain key starting at `p`, or -1 when the text there is not a key. A
   * quoted or indicator-led key is outside the subset.
   */
  private keyColon(p: number, lineEnd: number): number {
    const text = this.text
    const c = text.charCodeAt(p)
    if (c === DOUBLE || c === SINGLE) {
      const { close } = scanQuoted(text, p, lineEnd)
      if (text.charCodeAt(this.skipSpaces(close, lineEnd)) === COLON) throw new OutsideBlockSubset('quoted key')
      return -1
    }
    for (let j = p; j < lineEnd; j++) {
      const k = text.charCodeAt(j)
      if (k === COLON && (j + 1 >= lineEnd || text.charCodeAt(j + 1) === SPACE)) {
        if (j === p || this.startsOther(p, lineEnd) || text.charCodeAt(j - 1) === SPACE || j - p > MAX_KEY_LENGTH) {
          throw new OutsideBlockSubset('an unusual key')
        }
        return j
      }
      if (k === HASH && j > p && text.charCodeAt(j - 1) === SPACE) return -1
    }
    return -1
  }

  /** The end of a plain scalar at `p` (before a comment and trailing spaces); `a: b: c` is left to the library. */
  private plainEnd(p: number, lineEnd: number): number {
    const text = this.text
    let j = p
    for (; j < lineEnd; j++) {
      const k = text.charCodeAt(j)
      if (k === HASH && text.charCodeAt(j - 1) === SPACE) break
      if (k === COLON && (j + 1 >= lineEnd || text.charCodeAt(j + 1) === SPACE)) throw new OutsideBlockSubset('a mapping inside a scalar')
    }
    while (text.charCodeAt(j - 1) === SPACE) j--
    return j
  }

  /** True when the text at `p` starts something other than a plain scalar (an indicator). */
  private startsOther(p: number, lineEnd: number): boolean {
    const c = this.text.charCodeAt(p)
    if (INDICATOR.has(c)) return true
    return ENTRY.has(c) && (p + 1 >= lineEnd || this.text.charCodeAt(p + 1) === SPACE)
  }

  /** True when content line `i` is a list item: `-` then a space or the line's end. */
  private isDash(i: number): boolean {
    const p = this.lines.start[i]!
    return this.text.charCodeAt(p) === DASH && (p + 1 >= this.lines.end[i]! || this.text.charCodeAt(p + 1) === SPACE)
  }

  private skipSpaces(p: number, lineEnd: number): number {
    while (p < lineEnd && this.text.charCodeAt(p) === SPACE) p++
    return p
  }
}
