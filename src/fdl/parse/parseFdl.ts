import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml'
import type { Diagnostic } from '../model/Diagnostic.ts'
import type { Flow } from '../model/Flow.ts'
import { readContext } from './ReadContext.ts'
import { rangeOf } from './rangeOf.ts'
import { plainContext, toPlain } from './toPlain.ts'
import { FLOW_KEYS } from './knownKeys.ts'
import { readMappings, readNumber, readString } from './readFields.ts'
import { readSequence } from './readStep.ts'

/** What parsing one text gives: the YAML document (for lossless edits), the model and every diagnostic. */
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
 * input: syntax errors, wrong types, unknown keys and tags all come back as diagnostics with ranges.
 * YAML 1.2 is used so an unquoted `2019-05-02T15:04:05Z` stays a string, as the service reads it.
 */
export function parseFdl(text: string): ParsedFdl {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { lineCounter, prettyErrors: false, version: '1.2', uniqueKeys: true, keepSourceTokens: false })
  const plain = plainContext(document)
  const ctx = readContext(lineCounter, plain)
  for (const e of document.errors) {
    ctx.diagnostics.push({ code: 'yaml-syntax', severity: 'error', message: `YAML syntax error: ${e.message}`, path: [], range: rangeOf(lineCounter, e.pos[0], e.pos[1]) })
  }
  for (const w of document.warnings) {
    if (w.code === 'TAG_RESOLVE_FAILED') continue // reported where the tag is used, with advice
    ctx.diagnostics.push({ code: 'yaml-warning', severity: 'warning', message: w.message, path: [], range: rangeOf(lineCounter, w.pos[0], w.pos[1]) })
  }
  const root = document.contents
  if (document.errors.length > 0 && !isMap(root)) return { text, document, lineCounter, flow: null, diagnostics: ctx.diagnostics }
  if (root == null || (isScalar(root) && root.value == null)) {
    ctx.report('empty-document', 'error', 'The document is empty. A flow needs `version: v1`, `type: flow` and `steps`.', [], null)
    return { text, document, lineCounter, flow: null, diagnostics: ctx.diagnostics }
  }
  if (!isMap(root)) {
    ctx.report('not-a-flow', 'error', 'The document is not a flow: its top level must be a mapping with `version`, `type` and `steps`.', [], root)
    return { text, document, lineCounter, flow: null, diagnostics: ctx.diagnostics }
  }
  let extra: Record<string, unknown> | undefined
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : ''
    if (FLOW_KEYS.includes(key)) continue
    extra ??= {}
    Object.defineProperty(extra, key, { value: toPlain(pair.value, plain), enumerable: true, writable: true, configurable: true })
    ctx.report('unknown-key', 'warning', `Unknown top-level key \`${key}\`; it is kept but the service does not read it.`, [key], pair.key)
  }
  const flow: Flow = {
    version: readString(ctx, root, 'version', []),
    type: readString(ctx, root, 'type', []),
    name: readString(ctx, root, 'name', []),
    body: readSequence(ctx, root, 'steps', []),
    inputMappings: readMappings(ctx, root, 'inputMappings', []),
    outputMappings: readMappings(ctx, root, 'outputMappings', []),
    timeoutSeconds: readNumber(ctx, root, 'timeoutSeconds', []),
    extra,
  }
  if (plain.truncated) {
    ctx.report('yaml-too-complex', 'error', 'The document nests too deeply or expands too many aliases to be read safely.', [], root)
  }
  return { text, document, lineCounter, flow, diagnostics: ctx.diagnostics }
}
