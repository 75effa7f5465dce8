import type { Diagnostic } from '../fdl/model/Diagnostic.ts'
import type { ParsedFdl } from '../fdl/parse/parseFdl.ts'
import { msg } from '../i18n/Message.ts'
import { checkFdl } from '../fdl/validate/validateFlow.ts'

/** What the designer knows about one text: the parse, every diagnostic, and whether it can be drawn. */
export interface Analysis {
  readonly parsed: ParsedFdl
  readonly diagnostics: readonly Diagnostic[]
  /**
   * Why this text cannot be drawn or edited by commands (a YAML syntax error, or not a flow at all), or null.
   * While set, the canvas shows the last good analysis, marked stale.
   */
  readonly blocker: Diagnostic | null
}

const NOT_A_FLOW: Diagnostic = {
  code: 'not-a-flow',
  severity: 'error',
  message: 'The document is not a flow.',
  text: msg('The document is not a flow.'),
  path: [],
  range: { line: 1, column: 1, endLine: 1, endColumn: 1, offset: 0, endOffset: 0 },
}

/** Parses (and validates) a text once; the only place the store turns text into a model. */
export function analyzeText(text: string): Analysis {
  const parsed = checkFdl(text)
  const diagnostics = parsed.diagnostics
  const syntax = diagnostics.find((d) => d.code === 'yaml-syntax')
  const blocker = syntax ?? (parsed.flow === null ? (diagnostics.find((d) => d.severity === 'error') ?? NOT_A_FLOW) : null)
  return { parsed, diagnostics, blocker }
}
