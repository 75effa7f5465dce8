import type { editor } from 'monaco-editor'
import type { Designer } from '../../store/Designer.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'
import { toMarkers } from './toMarkers.ts'

/**
 * Keeps the validator's diagnostics on the model as markers (owner 'fdl'), next to monaco-yaml's schema
 * markers. Markers are refreshed when a parse finishes; in between, Monaco moves them with the edits.
 */
export function bindEditorMarkers(ed: editor.IStandaloneCodeEditor, designer: Designer): () => void {
  const model = ed.getModel()!
  const show = () => {
    const s = designer.store.getState()
    if (s.parsePending || s.analysis.parsed.text !== model.getValue()) return
    fdlMonaco.monaco.editor.setModelMarkers(model, 'fdl', toMarkers(model, s.analysis.diagnostics))
  }
  show()
  const unsubscribe = designer.store.subscribe((s, prev) => {
    if (s.analysis !== prev.analysis || s.parsePending !== prev.parsePending) show()
  })
  return () => {
    unsubscribe()
    fdlMonaco.monaco.editor.setModelMarkers(model, 'fdl', [])
  }
}
