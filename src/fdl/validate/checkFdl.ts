import type { Diagnostic } from '../model/Diagnostic.ts'
import { parseFdl, type ParsedFdl } from '../parse/parseFdl.ts'
import { validateFlow } from './validateFlow.ts'

/**
 * Parses and validates FDL text in one call: the designer, the CLI and tests all use this. The result is the
 * parse with every diagnostic, parser and validator alike, sorted by position (then by code, so the order is
 * stable).
 */
export function checkFdl(text: string): ParsedFdl {
  return checkParsed(parseFdl(text))
}

/** {@link checkFdl} for a text already parsed (a caller that looked at the parse first need not parse twice). */
export function checkParsed(parsed: ParsedFdl): ParsedFdl {
  const diagnostics = [...parsed.diagnostics, ...validateFlow(parsed)].sort(byPosition)
  return { ...parsed, diagnostics }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.offset - b.range.offset || a.range.endOffset - b.range.endOffset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
}
