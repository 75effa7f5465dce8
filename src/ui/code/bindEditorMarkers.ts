import type { editor } from 'monaco-editor'
import type { Designer } from '../../store/Designer.ts'
import { currentT } from '../i18n/language.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'
import { toMarkers } from './toMarkers.ts'

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
