import { Document, isMap, isScalar, LineCounter, type YAMLMap, parseDocument, visit, YAMLParseError } from 'yaml'
import { formatMessage, msg } from '../../i18n/Message.ts'
import type { Diagnostic } from '../model/Diagnostic.ts'
import type { Flow } from '../model/Flow.ts'
import { readContext, type ReadContext, rangeOf, FLOW_KEYS, readMappings, readNumber, readString } from './readFields.ts'
import { plainContext, toPlain } from './toPlain.ts'
import { readSequence } from './readStep.ts'
import { guardInput, type InputRefusal } from './guardInput.ts'
import { unresolvedAliases } from './aliases.ts'
import { yamlMessageText } from './yamlMessageText.ts'
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml'
import { readBlockDocument } from './block/readBlockDocument.ts'
import { readJsonDocument } from './json/readJsonDocument.ts'

/**
 * What parsing one text gives: the YAML document (for lossless edits; values and ranges, without comments
 * attached), the model and every diagnostic.
 */
export interface ParsedFdl {
  readonly text: string
  readonly document: Document
  readonly lineCounter: LineCounter
  /** Null when the text is not a mapping at all (empty, a scalar, a list, or unreadable). */
  readonly flow: Flow | null
  readonly diagnostics: readonly Diagnostic[]
}

/**
 * Parses FDL text, YAML or JSON (JSON is YAML 1.2), into a model and diagnostics. Never throws on user
 * input: syntax errors, wrong types, unknown keys and tags all come back as diagnostics with ranges; texts
 * too large or too deeply nested to parse safely are refused with one diagnostic and an empty document.
 */
export function parseFdl(text: string): ParsedFdl {
  try {
    const refusal = guardInput(text)
    return refusal === null ? parseChecked(text) : refuse(text, refusal)
  } catch (error) {
    // A last resort (e.g. a caller passing something that is not a string): never lose a text to a reader bug.
    const said = msg('The document could not be read ({detail}). Check it for unusual YAML.', { detail: error instanceof Error ? error.message : String(error) })
    const diagnostic: Diagnostic = { code: 'parse-failed', severity: 'error', message: formatMessage(said), text: said, path: [], range: rangeOf(new LineCounter(), 0, 0) }
    return { text, document: new Document(null), lineCounter: new LineCounter(), flow: null, diagnostics: [diagnostic] }
  }
}

/** The result for a text refused before parsing: one diagnostic at the place that tripped the guard. */
function refuse(text: string, refusal: InputRefusal): ParsedFdl {
  const lineCounter = new LineCounter()
  const offset = Math.min(refusal.offset, text.length)
  for (const start of lineStarts(text, offset)) lineCounter.addNewLine(start)
  const diagnostic: Diagnostic = { code: refusal.code, severity: 'error', message: refusal.message, text: refusal.text, path: [], range: rangeOf(lineCounter, offset, offset) }
  return { text, document: new Document(null), lineCounter, flow: null, diagnostics: [diagnostic] }
}

/** The line starts up to `offset`, so a refusal's position is reported with the right line and column. */
function lineStarts(text: string, offset: number): number[] {
  const starts = [0]
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) starts.push(i + 1)
  return starts
}

function parseChecked(text: string): ParsedFdl {
  const { document, lineCounter, mayHaveAliases } = readYaml(text)
  const ctx = readContext(lineCounter, plainContext(document))
  for (const e of document.errors) {
    // The library's own words, as a Message where they are known (another language can say them); else quoted.
    const text = msg('YAML syntax error: {detail}', { detail: yamlMessageText(e.message) })
    ctx.diagnostics.push({ code: 'yaml-syntax', severity: 'error', message: formatMessage(text), text, path: [], range: rangeOf(lineCounter, e.pos[0], e.pos[1]) })
  }
  // Cheap tests first: most flows have no alias at all, and a text the fast readers read has none (a `*` in
  // `$local[*]` is not one). Only then is the whole document walked.
  for (const a of mayHaveAliases && text.includes('*') ? unresolvedAliases(document) : []) {
    const text = msg('`*{name}` refers to no anchor: YAML needs `&{name}` on a value before this alias. Define the anchor first, or write the value out.', { name: a.source })
    ctx.diagnostics.push({ code: 'yaml-alias-unresolved', severity: 'error', message: formatMessage(text), text, path: [], range: rangeOf(lineCounter, a.range?.[0] ?? 0, a.range?.[1] ?? 0) })
  }
  for (const w of document.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue // reported where the tag is used, with advice
    const known = yamlMessageText(w.message)
    // A warning the templates do not know is shown as the library wrote it (with a label in other languages).
    const text = typeof known === 'string' ? msg('{yamlWarning}', { yamlWarning: known }) : known
    ctx.diagnostics.push({ code: 'yaml-warning', severity: 'warning', message: w.message, text, path: [], range: rangeOf(lineCounter, w.pos[0], w.pos[1]) })
  }
  const root = document.contents
  const done = (flow: Flow | null): ParsedFdl => ({ text, document, lineCounter, flow, diagnostics: ctx.diagnostics })
  if (document.errors.length > 0 && !isMap(root)) return done(null)
  if (root == null || (isScalar(root) && root.value == null)) {
    ctx.report('empty-document', 'error', msg('The document is empty. A flow needs `version: v1`, `type: flow` and `steps`.'), [], null)
    return done(null)
  }
  if (!isMap(root)) {
    ctx.report('not-a-flow', 'error', msg('The document is not a flow: its top level must be a mapping with `version`, `type` and `steps`.'), [], root)
    return done(null)
  }
  const flow = readFlow(ctx, root)
  if (ctx.plain.truncated) {
    ctx.report('yaml-too-complex', 'error', msg('The document expands too many aliases (*name) or nests too deeply to be read safely. Write the values out instead of aliasing them.'), [], root)
  }
  return done(flow)
}

/** Reads the top-level mapping into the flow model. */
function readFlow(ctx: ReadContext, root: YAMLMap): Flow {
  let extra: Record<string, unknown> | undefined
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : String(toPlain(pair.key, ctx.plain))
    if (FLOW_KEYS.includes(key)) continue
    extra ??= {}
    Object.defineProperty(extra, key, { value: toPlain(pair.value, ctx.plain), enumerable: true, writable: true, configurable: true })
    ctx.report('unknown-key', 'warning', msg('Unknown top-level key `{key}`; it is kept, but the service does not read it. Check its spelling.', { key }), [key], pair.key)
  }
  return {
    version: readString(ctx, root, 'version', []),
    type: readString(ctx, root, 'type', []),
    name: readString(ctx, root, 'name', []),
    body: readSequence(ctx, root, 'steps', []),
    inputMappings: readMappings(ctx, root, 'inputMappings', []),
    outputMappings: readMappings(ctx, root, 'outputMappings', []),
    timeoutSeconds: readNumber(ctx, root, 'timeoutSeconds', []),
    extra,
  }
}

/**
 * The yaml library's parse of a flow text (comments attached, for printing), with duplicate keys reported with
 * the library's code and message but found in one pass: the library's own check compares every key with each
 * earlier one, a minute's work on a hostile mapping of 100,000 keys. One deliberate difference: the error sits on
 * the repeated key itself, where the library puts it at the end of the entry before (after an empty value, that
 * is the line above).
 */
export function parseYamlDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  const document = parseDocument(text, { ...YAML_OPTIONS, ...(lineCounter ? { lineCounter } : {}) })
  visit(document, {
    Map(_, map) {
      if (map.items.length < 2) return
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        // The library compares other keys by identity (never equal), and NaN is not equal to itself.
        if (!isScalar(key) || Number.isNaN(key.value)) continue
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0
          document.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
        } else seen.add(key.value)
      }
    },
  })
  // In text order, as the library reports errors (a caller may show only the first).
  document.errors.sort((a, b) => a.pos[0] - b.pos[0])
  return document
}

/**
 * How every reader of flow text parses it, so values and ranges agree between the model, the edit commands
 * and the formatter: YAML 1.2 (an unquoted `2019-05-02T15:04:05Z` stays a string, as the service reads it),
 * no source tokens kept. Duplicate keys are errors, found by `parseYamlDocument` in one pass rather than by
 * the library's quadratic `uniqueKeys`.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
}

/** The first character that is not JSON whitespace is `{`: the text is meant as JSON. */
const JSON_OBJECT = /^[ \t\r\n]*\{/

/**
 * The yaml Document of a flow text and its line starts. Plain block YAML, the way flows are written, is read
 * by the block reader and JSON by the JSON reader (each about 4–10 times faster than the yaml library, with
 * the same nodes); anything else by the yaml library. Comments are not attached to nodes: to print a document
 * with its comments, parse it with `parseYamlDocument`. `mayHaveAliases` is false when a fast reader read it:
 * neither reads anchors or aliases (the block reader hands those texts to the library), so there are none.
 */
export function readYaml(text: string): { document: Document.Parsed; lineCounter: LineCounter; mayHaveAliases: boolean } {
  const fast = JSON_OBJECT.test(text) ? readJsonDocument(text) : readBlockDocument(text)
  if (fast) return { ...fast, mayHaveAliases: false }
  const lineCounter = new LineCounter()
  return { document: parseYamlDocument(text, lineCounter), lineCounter, mayHaveAliases: true }
}
