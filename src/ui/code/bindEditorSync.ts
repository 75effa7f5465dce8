import type { editor } from 'monaco-editor'
import type { Designer } from '../../store/Designer.ts'
import { diffText } from '../../store/diffText.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'
import { toMonacoEdit } from './toMonacoEdit.ts'

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
