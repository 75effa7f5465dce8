import { isMap, Lexer, Scalar, visit, type Document, type ScalarTag } from 'yaml'
import type { Diagnostic } from '../model/Diagnostic.ts'
import { parseFdl, type ParsedFdl, parseYamlDocument } from '../parse/parseFdl.ts'
import { plainContext, toPlain } from '../parse/toPlain.ts'
import { orderKeys, orderPlainKeys } from './orderKeys.ts'
import { printJson } from './printJson.ts'

/** The formatted text, or why the text cannot be formatted (it does not parse as YAML). */
export type FormatResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] }

// Errors that leave no trustworthy document to print; anything else (even an invalid flow) can be tidied. An alias
// with no anchor cannot be printed by the yaml library, and JSON output would turn it into null.
const BLOCKING = ['yaml-syntax', 'yaml-too-deep', 'document-too-large', 'parse-failed', 'yaml-too-complex', 'yaml-alias-unresolved']

/**
 * Canonical formatting for `fdl fmt`: 2-space indentation, indented sequences, FDL key order (`type`, `name`,
 * then the rest as the reference lists them) and no line folding, keeping every comment, blank line,
 * quoting style and tag. A JSON flow (no comments to keep) stays JSON, pretty-printed. Values keep their text
 * (`3600.0`, `0x1F`, a 401-digit number): only the layout changes. Idempotent. `parsed` is the text's parse,
 * for a caller that has it already.
 */
export function formatFdl(text: string, parsed: ParsedFdl = parseFdl(text)): FormatResult {
  const blocking = parsed.diagnostics.filter((d) => BLOCKING.includes(d.code))
  if (blocking.length > 0) return { ok: false, diagnostics: blocking }
  // Printing needs the comments attached to their nodes, which only the yaml library's own parse does.
  const document = parseYamlDocument(text)
  const root = document.contents
  if (isMap(root) && root.flow && text.trimStart().startsWith('{') && !hasComment(text)) {
    orderKeys(root)
    const json = printJson(root, text) ?? JSON.stringify(orderPlainKeys(toPlain(root, plainContext(document))), null, 2)
    return { ok: true, text: keepConventions(text, json + '\n') }
  }
  if (isMap(root)) orderKeys(root)
  keepNumberText(document)
  const out = document.toString({ indent: 2, indentSeq: true, lineWidth: 0, minContentWidth: 0, flowCollectionPadding: false })
  return { ok: true, text: keepConventions(text, out) }
}

/** Keeps the file's byte-order mark and CRLF line ends, which the yaml library reads but does not write. */
function keepConventions(source: string, out: string): string {
  const crlf = /^[^\n]*\r\n/.test(source) ? out.replace(/\r?\n/g, '\r\n') : out
  return source.startsWith('\uFEFF') && !crlf.startsWith('\uFEFF') ? `\uFEFF${crlf}` : crlf
}

function hasComment(text: string): boolean {
  if (!text.includes('#')) return false
  for (const token of new Lexer().lex(text)) if (token.startsWith('#')) return true
  return false
}

/** A number as it was written (`3600.0`, `0x1F`, `12345678901234567890`), standing in for its value when printing. */
class NumberText {
  constructor(readonly text: string) {}
}

/**
 * Prints a {@link NumberText} as its text. A default tag is never written out, and one without a `test` never
 * decides how plain text is read, so it changes nothing else.
 */
const NUMBER_TEXT: ScalarTag = {
  tag: 'tag:fdl-studio:number-text',
  default: true,
  identify: (value) => value instanceof NumberText,
  resolve: (text) => text,
  stringify: (item) => (item as Scalar<NumberText>).value.text,
}

/**
 * Makes a parsed document print every plain number exactly as it was written. The yaml library prints a number
 * from its JavaScript value, which loses digits past 2^53 (`12345678901234567890` → `…7000`), a 401-digit number
 * (→ `.inf`) and the writer's notation (`1e3` → `1e+3`, `.5` → `0.5`, `0x1F` → `0x1f`); formatting must change
 * layout only. Only for printing: the document's number values are replaced.
 */
export function keepNumberText(document: Document): void {
  document.schema = document.schema.clone()
  document.schema.tags.unshift(NUMBER_TEXT)
  visit(document, {
    Scalar(_, node) {
      const numeric = typeof node.value === 'number' || typeof node.value === 'bigint'
      if (numeric && node.tag === undefined && node.type === Scalar.PLAIN && typeof node.source === 'string') node.value = new NumberText(node.source)
    },
  })
}
