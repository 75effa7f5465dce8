import type { editor } from 'monaco-editor'
import type { Diagnostic } from '../../fdl/model/Diagnostic.ts'
import { formatMessage, type Message } from '../../i18n/Message.ts'

/** Monaco's MarkerSeverity values (Error 8, Warning 4, Info 2), without importing Monaco's runtime here. */
const SEVERITY = { error: 8, warning: 4, info: 2 } as const

/**
 * The validator's diagnostics as Monaco markers (owner 'fdl'), their messages said by `say` (the UI language;
 * English by default). An empty range is widened to the rest of its line so the squiggle is visible.
 */
export function toMarkers(
  model: editor.ITextModel,
  diagnostics: readonly Diagnostic[],
  say: (message: Message | string) => string = (m) => formatMessage(m),
): editor.IMarkerData[] {
  return diagnostics.map((d) => {
    const line = Math.min(Math.max(d.range.line, 1), model.getLineCount())
    const empty = d.range.line === d.range.endLine && d.range.column === d.range.endColumn
    return {
      severity: SEVERITY[d.severity],
      message: say(d.text ?? d.message),
      code: d.code,
      source: 'fdl',
      startLineNumber: line,
      startColumn: d.range.column,
      endLineNumber: empty ? line : d.range.endLine,
      endColumn: empty ? Math.max(model.getLineMaxColumn(line), d.range.column + 1) : d.range.endColumn,
    }
  })
}
