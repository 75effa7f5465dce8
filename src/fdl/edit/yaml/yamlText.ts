import { Document, YAMLMap, isCollection, isScalar, visit, type Scalar, type ToStringOptions } from 'yaml'
import { keyRank } from './layout.ts'

/** The quoting style of a scalar, as `yaml` names it. */
export type ScalarStyle = Scalar.Type

const OPTIONS: ToStringOptions = { indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0 }
const MAX_DEPTH = 200

/**
 * Strings a YAML 1.1 reader (the service, most tools) would not read back as strings although YAML 1.2
 * does: yes/no/on/off, sexagesimal and underscore numbers, timestamps. They are written double-quoted.
 */
const YAML11_SPECIAL = /^(?:[yYnN]|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?|[-+]?(?:0[0-7_]+|0b[01_]+|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?)|\d{4}-\d\d?-\d\d?(?:[Tt ].*)?)$/

/**
 * Writes plain JSON-like values as YAML text in the canonical form: block style, 2-space indent, lists
 * indented under their key, FDL key order, no line folding, and strings quoted whenever a YAML 1.1 or 1.2
 * reader could take them for something else. Every result is relative to column 0, lines joined by `\n`,
 * with no final line break; the caller indents it to where it goes.
 */
export const yamlText = {
  /** `key: value`, or `key:` followed by the indented block. */
  pair(key: string, value: unknown): string {
    return yamlText.key(key) + ':' + yamlText.pairValue(value)
  },
  /** A mapping key: plain when it is an ordinary word, else double-quoted. */
  key(key: string): string {
    return /^[A-Za-z_$][\w$.-]*$/.test(key) && !YAML11_SPECIAL.test(key) && !/^(?:true|false|null|True|False|Null|TRUE|FALSE|NULL)$/.test(key) ? key : JSON.stringify(key)
  },
  /** What follows `key:` for this value: ` text` on the same line, or a line break and an indented block. */
  pairValue(value: unknown, style?: ScalarStyle): string {
    return write(pairDoc('k', value, style)).slice(2)
  },
  /** A list item, `- value` (a mapping continues on lines indented by 2). */
  item(value: unknown): string {
    const doc = new Document([null], { version: '1.2' })
    doc.contents = doc.createNode([canonical(value, 0)])
    return write(doc)
  },
  /**
   * A one-line flow rendering (`{ a: 1, b: [ x ] }`), for values inside flow collections. Keys keep the
   * order they have: this rewrites a collection the user wrote, with new keys last.
   */
  flow(value: unknown, style?: ScalarStyle): string {
    if (value === null || typeof value !== 'object') return yamlText.flow([value], style).slice(2, -2)
    const doc = new Document(null, { version: '1.2' })
    doc.contents = doc.createNode(canonical(value, 0, false))
    if (style && isCollection(doc.contents) && isScalar(doc.contents.items[0])) (doc.contents.items[0] as Scalar).type = style
    styleScalars(doc, undefined)
    visit(doc, {
      Map: (_, m) => void (m.flow = true),
      Seq: (_, s) => void (s.flow = true),
      Scalar: (_, s) => void (typeof s.value === 'string' && /[\n\r]/.test(s.value) ? (s.type = 'QUOTE_DOUBLE') : undefined),
    })
    return doc.toString(OPTIONS).replace(/\n$/, '')
  },
}

/** A document holding `{ key: value }`, ready to print. */
function pairDoc(key: string, value: unknown, style?: ScalarStyle): Document {
  const doc = new Document(null, { version: '1.2' })
  const map = new YAMLMap<unknown, unknown>(doc.schema)
  map.items.push(doc.createPair(key, canonical(value, 0)))
  doc.contents = map
  styleScalars(doc, undefined)
  const v: unknown = map.items[0]?.value
  if (style && isScalar(v) && typeof v.value === 'string' && !/[\n\r]/.test(v.value)) v.type = style
  return doc
}

function write(doc: Document): string {
  styleScalars(doc, undefined)
  return doc.toString(OPTIONS).replace(/\n$/, '')
}

/** Quotes the strings a YAML 1.1 reader would misread; `style` (if any) applies to a top-level scalar. */
function styleScalars(doc: Document, style: ScalarStyle | undefined) {
  if (style && isScalar(doc.contents) && typeof doc.contents.value === 'string') doc.contents.type = style
  visit(doc, {
    Scalar: (_, s) => {
      if (typeof s.value === 'string' && !s.type && YAML11_SPECIAL.test(s.value)) s.type = 'QUOTE_DOUBLE'
    },
  })
}

/**
 * A copy of a plain value with mapping keys in canonical order (unless `sort` is false) and `undefined`
 * entries dropped (as in JSON). Keys are defined, not assigned, so `__proto__` stays an ordinary key.
 */
function canonical(value: unknown, depth: number, sort = true): unknown {
  if (depth > MAX_DEPTH) return null
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : canonical(v, depth + 1, sort)))
  if (value === null || typeof value !== 'object') return value
  const keys = Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined)
  if (sort) keys.sort((a, b) => keyRank(a) - keyRank(b))
  const out: Record<string, unknown> = {}
  for (const k of keys) {
    Object.defineProperty(out, k, { value: canonical((value as Record<string, unknown>)[k], depth + 1, sort), enumerable: true, writable: true, configurable: true })
  }
  return out
}
