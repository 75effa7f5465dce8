import type { editor } from 'monaco-editor'
import { rangeOfPath, stepPathAtOffset } from '../../fdl/paths/pathsInText.ts'
import type { Designer } from '../../store/Designer.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'

/**
 * Links the editor to the selection: selecting a node (canvas, problems) reveals and highlights its YAML; moving
 * the cursor into a step selects its node; a reveal request (a problem row) moves the cursor to the place.
 */
export function bindEditorSelection(ed: editor.IStandaloneCodeEditor, designer: Designer): () => void {
  const { store } = designer
  const model = ed.getModel()!
  const highlight = ed.createDecorationsCollection()

  const showSelection = () => {
    const s = store.getState()
    const path = s.selection.at(-1)
    const parsed = s.analysis.parsed
    const range = path && !s.parsePending && parsed.text === model.getValue() ? rangeOfPath(parsed, path) : null
    if (!range) {
      highlight.clear()
      return
    }
    const r = { startLineNumber: range.line, startColumn: 1, endLineNumber: range.endLine, endColumn: model.getLineMaxColumn(range.endLine) }
    highlight.set([{ range: r, options: { isWholeLine: true, className: 'step-highlight', linesDecorationsClassName: 'step-highlight-gutter' } }])
    if (s.selectionOrigin !== 'code') ed.revealRangeNearTopIfOutsideViewport(r, 0)
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (s.selection !== prev.selection || s.analysis !== prev.analysis) showSelection()
    if (s.reveal && s.reveal !== prev.reveal) {
      const r = { startLineNumber: s.reveal.line, startColumn: s.reveal.column, endLineNumber: s.reveal.endLine, endColumn: s.reveal.endColumn }
      ed.setSelection(r)
      ed.revealRangeInCenterIfOutsideViewport(r, 0)
    }
  })

  const onCursor = ed.onDidChangeCursorPosition((e) => {
    // Only the user's own moves (mouse, keys, go-to-line, find) select; edits and our own reveals do not. The find
    // widget moves the cursor through the API too: those moves count while it is open.
    if (e.source === 'modelChange' || e.source === 'restoreState') return
    if (e.source === 'api' && !findIsOpen(ed)) return
    const s = store.getState()
    if (s.parsePending || s.analysis.blocker || s.analysis.parsed.text !== model.getValue()) return
    const path = stepPathAtOffset(s.analysis.parsed, model.getOffsetAt(e.position))
    const current = s.selection.length === 1 ? s.selection[0] : undefined
    if (path && (!current || pathKey(current) !== pathKey(path))) s.select([path], 'code')
  })

  showSelection()
  return () => {
    unsubscribe()
    onCursor.dispose()
    highlight.clear()
  }
}

/** Whether the editor's find widget is open (Ctrl+F), whose matches move the cursor with source `api`. */
function findIsOpen(ed: editor.IStandaloneCodeEditor): boolean {
  const find = ed.getContribution('editor.contrib.findController') as unknown as { getState?: () => { isRevealed: boolean } } | null
  return find?.getState?.().isRevealed === true
}
