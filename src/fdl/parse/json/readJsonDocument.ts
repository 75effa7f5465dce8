import { Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml'
import { ItemStack } from '../block/ItemStack.ts'
import { OutsideBlockSubset, readFastDocument } from '../block/OutsideBlockSubset.ts'
import { PlainCache, resolvePlain } from '../block/resolvePlain.ts'
import { scanQuoted } from '../block/scanQuoted.ts'

const NEWLINE = 10
const RETURN = 13
const SPACE = 32
const TAB = 9
const DOUBLE = 34
const COMMA = 44
const COLON = 58
const OPEN_SEQ = 91
const CLOSE_SEQ = 93
const OPEN_MAP = 123
const CLOSE_MAP = 125

/** Deeper than this is left to the library (and refused by the input guard before that). */
const MAX_DEPTH = 256
const NUMBER = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?$/
/**
 * What JSON forbids outside strings or inside them unescaped, and what the yaml library treats differently
 * from JSON: control characters, a byte order mark, a lone carriage return, `\u2028`/`\u2029`.
 */
// oxlint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNREAD = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u2028\u2029\ufeff]|\r(?!\n)/

/**
 * Reads a flow written as JSON (an object at the top, as `JSON.stringify` or the console writes it) about ten
 * times faster than the yaml library, building the nodes the library would: flow mappings and sequences,
 * double-quoted keys and strings, numbers, booleans and nulls resolved by the schema's own tags, with the
 * same `range[0]` and `range[1]` (what the model, the validator and the edit commands read).
 *
 * Returns null when the text is not strict JSON or is JSON the library reads with a warning or an error
 * (duplicate keys, a top level that is not an object): the yaml library then
 * reads it and explains. Like the block reader, it does not set `range[2]`'s trailing whitespace.
 */
export function readJsonDocument(text: string): { document: Document.Parsed; lineCounter: LineCounter } | null {
  if (UNREAD.test(text)) return null
  const lineCounter = new LineCounter()
  lineCounter.addNewLine(0)
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1)
  return readFastDocument(text, lineCounter, (document) => new JsonReader(text, document).root())
}

/** A recursive descent over the text; `p` is the next character to read. */
class JsonReader {
  private p = 0
  /** The offset of the line break at or after `p` (or the text's length), advanced as `p` moves on. */
  private lineEnd = -1
  private readonly tags = new PlainCache()
  private readonly stack = new ItemStack()

  constructor(
    private readonly text: string,
    private readonly doc: Document,
  ) {}

  root(): YAMLMap {
    this.skipSpace()
    if (this.text.charCodeAt(this.p) !== OPEN_MAP) throw new OutsideBlockSubset('the top level is not an object')
    const root = this.object(0)
    this.skipSpace()
    if (this.p < this.text.length) throw new OutsideBlockSubset('text after the top-level object')
    return root
  }

  private value(depth: number): Scalar | YAMLMap | YAMLSeq {
    const c = this.text.charCodeAt(this.p)
    if (c === OPEN_MAP) return this.object(depth + 1)
    if (c === OPEN_SEQ) return this.array(depth + 1)
    if (c === DOUBLE) return this.string()
    return this.literal()
  }

  private object(depth: number): YAMLMap {
    if (depth > MAX_DEPTH) throw new OutsideBlockSubset('nesting deeper than the reader goes')
    const map = new YAMLMap(this.doc.schema)
    map.flow = true
    const start = this.p++
    const base = this.stack.base
    this.skipSpace()
    if (this.text.charCodeAt(this.p) !== CLOSE_MAP) {
      for (;;) {
        if (this.text.charCodeAt(this.p) !== DOUBLE) throw new OutsideBlockSubset('an object key that is not a string')
        const key = this.string()
        this.skipSpace()
        if (this.text.charCodeAt(this.p) !== COLON) throw new OutsideBlockSubset('a key without a colon')
        this.p++
        this.skipSpace()
        this.stack.pushEntry(base, new Pair(key, this.value(depth)), key.value)
        if (this.endOfEntry(CLOSE_MAP)) break
      }
    }
    this.p++
    map.items = this.stack.takeEntries(base)
    map.range = [start, this.p, this.p]
    return map
  }

  private array(depth: number): YAMLSeq {
    if (depth > MAX_DEPTH) throw new OutsideBlockSubset('nesting deeper than the reader goes')
    const seq = new YAMLSeq(this.doc.schema)
    seq.flow = true
    const start = this.p++
    const base = this.stack.base
    this.skipSpace()
    if (this.text.charCodeAt(this.p) !== CLOSE_SEQ) {
      for (;;) {
        this.stack.push(this.value(depth))
        if (this.endOfEntry(CLOSE_SEQ)) break
      }
    }
    this.p++
    seq.items = this.stack.take(base)
    seq.range = [start, this.p, this.p]
    return seq
  }

  /** After an entry: true at the closing bracket (left for the caller), else past a comma to the next entry. */
  private endOfEntry(closer: number): boolean {
    this.skipSpace()
    const c = this.text.charCodeAt(this.p)
    if (c === closer) return true
    if (c !== COMMA) throw new OutsideBlockSubset('an entry not followed by a comma or the closing bracket')
    this.p++
    this.skipSpace()
    if (this.text.charCodeAt(this.p) === closer) throw new OutsideBlockSubset('a trailing comma')
    return false
  }

  /** A string, which JSON keeps on one line; its escapes are JSON's, which YAML reads the same way. */
  private string(): Scalar {
    const start = this.p
    if (this.lineEnd < start) {
      const nl = this.text.indexOf('\n', start)
      this.lineEnd = nl < 0 ? this.text.length : nl
    }
    const { value, close } = scanQuoted(this.text, start, this.lineEnd)
    const scalar = new Scalar(value)
    scalar.range = [start, close, close]
    scalar.source = value
    scalar.type = 'QUOTE_DOUBLE'
    this.p = close
    return scalar
  }

  /** A number, `true`, `false` or `null`: JSON's forms of them are YAML plain scalars of the core schema. */
  private literal(): Scalar {
    const text = this.text
    const start = this.p
    let end = start
    for (;;) {
      const c = text.charCodeAt(end)
      if (Number.isNaN(c) || c === COMMA || c === CLOSE_MAP || c === CLOSE_SEQ || c === SPACE || c === NEWLINE || c === RETURN || c === TAB) break
      end++
    }
    const source = text.slice(start, end)
    if (!(source === 'true' || source === 'false' || source === 'null' || NUMBER.test(source))) throw new OutsideBlockSubset('not a JSON value')
    this.p = end
    return resolvePlain(this.doc, this.tags, source, false, [start, end, end])
  }

  private skipSpace(): void {
    const text = this.text
    for (;;) {
      const c = text.charCodeAt(this.p)
      if (c !== SPACE && c !== NEWLINE && c !== RETURN && c !== TAB) return
      this.p++
    }
  }
}
