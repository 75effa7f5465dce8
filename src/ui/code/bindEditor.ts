import type { editor } from 'monaco-editor'
import type { Designer } from '../../store/Designer.ts'
import { diffText } from '../../store/diffText.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'
import type { TextChange } from '../../fdl/edit/text/Splice.ts'
import { rangeOfPath, stepPathAtOffset } from '../../fdl/paths/pathsInText.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { currentT } from '../i18n/language.ts'
import type { Diagnostic } from '../../fdl/model/Diagnostic.ts'
import { formatMessage, type Message } from '../../i18n/Message.ts'

/**
 * Two-way text sync between the store and the editor, the one place with the echo guard:
 * - typing sends the text to the store (origin 'code'; a paste gets its own undo group);
 * - every other change (canvas, form, undo, load) arrives as one edit operation on the model, never
 *   `setValue`, so cursor, selection and scroll stay where the user left them;
 * - Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y run the designer's one history, not Monaco's.
 */
export function bindEditorSync(ed: editor.IStandaloneCodeEditor, designer: Designer): () => void {
  const { monaco } = fdlMonaco
  const model = ed.getModel()!
  const { store } = designer
  let applying = false
  let pastes = 0
  let pasteGroup: string | null = null

  const onPaste = ed.onDidPaste(() => {
    pasteGroup = null
  })
  const onWillPaste = ed.onKeyDown((e) => {
    if ((e.ctrlKey || e.metaKey) && e.keyCode === monaco.KeyCode.KeyV) pasteGroup = `paste-${++pastes}`
  })
  const onChange = model.onDidChangeContent(() => {
    if (applying) return
    store.getState().dispatch({ origin: 'code', text: model.getValue(), group: pasteGroup ?? 'code' })
  })

  const unsubscribe = store.subscribe((s, prev) => {
    const edit = s.lastEdit
    if (!edit || edit === prev.lastEdit || edit.origin === 'code') return
    const current = model.getValue()
    if (current === s.text) return
    const change = current === edit.before ? edit.change : diffText(current, s.text)
    applying = true
    try {
      ed.executeEdits('fdl-sync', [toMonacoEdit(model, change)])
      ed.pushUndoStop()
    } finally {
      applying = false
    }
  })

  const run = (id: string) => () => {
    const action = designer.actions.get(id)
    if (action?.enabled(store.getState())) void action.run(designer)
  }
  const { KeyMod, KeyCode } = monaco
  ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyZ, run('history.undo'))
  ed.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.KeyZ, run('history.redo'))
  ed.addCommand(KeyMod.CtrlCmd | KeyCode.KeyY, run('history.redo'))

  return () => {
    unsubscribe()
    onChange.dispose()
    onPaste.dispose()
    onWillPaste.dispose()
  }
}

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

/** The bound markers: `refresh` says them again (after a language change); `dispose` removes them. */
export interface EditorMarkers {
  readonly refresh: () => void
  readonly dispose: () => void
}

/**
 * Keeps the validator's diagnostics on the model as markers (owner 'fdl'), next to monaco-yaml's schema
 * markers, in the UI language. Markers are refreshed when a parse finishes; in between, Monaco moves them with
 * the edits.
 */
export function bindEditorMarkers(ed: editor.IStandaloneCodeEditor, designer: Designer): EditorMarkers {
  const model = ed.getModel()!
  const show = () => {
    const s = designer.store.getState()
    if (s.parsePending || s.analysis.parsed.text !== model.getValue()) return
    fdlMonaco.monaco.editor.setModelMarkers(model, 'fdl', toMarkers(model, s.analysis.diagnostics, currentT().message))
  }
  show()
  const unsubscribe = designer.store.subscribe((s, prev) => {
    if (s.analysis !== prev.analysis || s.parsePending !== prev.parsePending) show()
  })
  return {
    refresh: show,
    dispose() {
      unsubscribe()
      fdlMonaco.monaco.editor.setModelMarkers(model, 'fdl', [])
    },
  }
}

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
