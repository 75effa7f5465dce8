import type { editor } from 'monaco-editor'
import type { TextChange } from '../../fdl/edit/text/Splice.ts'

/** A TextChange (offsets) as a Monaco edit operation on a model (line / column range). */
export function toMonacoEdit(model: editor.ITextModel, change: TextChange): editor.IIdentifiedSingleEditOperation {
  const start = model.getPositionAt(change.offset)
  const end = model.getPositionAt(change.offset + change.deleteLength)
  return {
    range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column },
    text: change.insertText,
    forceMoveMarkers: true,
  }
}
