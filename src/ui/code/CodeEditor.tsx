import { useEffect, useRef, useState } from 'react'
import type { editor } from 'monaco-editor'
import { useDesigner } from '../../store/Designer.ts'
import { currentT, useT } from '../i18n/language.ts'
import { bindEditorMarkers, type EditorMarkers, bindEditorSelection, bindEditorSync } from './bindEditor.ts'
import { fdlMonaco } from './monaco/setupMonaco.ts'
import { useFdlSchema } from './useFdlSchema.ts'

const dark = () => window.matchMedia('(prefers-color-scheme: dark)').matches
const themeFor = (isDark: boolean) => (isDark ? 'fdl-dark' : 'fdl-light')

/** Monaco's themes with YAML keys a shade darker, so they keep 4.5:1 contrast on the selected step's highlight. */
function defineThemes() {
  const { monaco } = fdlMonaco
  monaco.editor.defineTheme('fdl-light', { base: 'vs', inherit: true, rules: [{ token: 'type', foreground: '00696b' }], colors: {} })
  monaco.editor.defineTheme('fdl-dark', { base: 'vs-dark', inherit: true, rules: [], colors: { 'editor.background': '#181b21', 'editorGutter.background': '#181b21' } })
}

/**
 * The Monaco YAML editor bound to the designer (loaded lazily by `CodePane`). The model is created once from the
 * store's text; from then on both sides only exchange edits.
 */
export function CodeEditor() {
  const designer = useDesigner()
  const host = useRef<HTMLDivElement>(null)
  const [focused, setFocused] = useState(false)
  const [tabIndents, setTabIndents] = useState(false)
  const t = useT()
  // The editor and its markers outlive a language change (rebuilding them would lose cursor and scroll):
  // the effect below re-says their texts instead.
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null)
  const markersRef = useRef<EditorMarkers | null>(null)
  useFdlSchema()

  useEffect(() => {
    const { monaco, modelUri } = fdlMonaco
    const el = host.current
    if (!el) return
    defineThemes()
    const model = monaco.editor.getModel(modelUri) ?? monaco.editor.createModel(designer.store.getState().text, 'yaml', modelUri)
    const ed = monaco.editor.create(el, {
      model,
      theme: themeFor(dark()),
      renderFinalNewline: 'on',
      stickyScroll: { enabled: false },
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 12.5,
      lineHeight: 19,
      // app.css --mono-cjk: the face of the text shown while the editor loads, then CJK faces whatever the UI language.
      fontFamily: getComputedStyle(document.documentElement).getPropertyValue('--mono-cjk').trim() || 'monospace',
      tabSize: 2,
      insertSpaces: true,
      scrollBeyondLastLine: false,
      wordBasedSuggestions: 'off',
      quickSuggestions: { other: true, comments: false, strings: true },
      renderLineHighlight: 'line',
      fixedOverflowWidgets: true,
      ariaLabel: currentT()('FDL YAML editor'),
      padding: { top: 8 },
      // Tab moves focus through the app, as everywhere else in it: a Tab pressed to leave the pane must not indent
      // the flow. Ctrl+M switches to Tab indenting (Monaco's own key for this), and back.
      tabFocusMode: true,
    })
    let indents = false
    ed.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyM, () => {
      indents = !indents
      ed.updateOptions({ tabFocusMode: !indents })
      setTabIndents(indents)
    })
    const focus = [ed.onDidFocusEditorText(() => setFocused(true)), ed.onDidBlurEditorText(() => setFocused(false))]
    const media = window.matchMedia('(prefers-color-scheme: dark)')
    const onScheme = () => monaco.editor.setTheme(themeFor(media.matches))
    media.addEventListener('change', onScheme)
    if (window.__fdl) {
      window.__fdl.editorText = () => model.getValue()
      window.__fdl.markers = () =>
        monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => ({ owner: m.owner, severity: m.severity, message: m.message, line: m.startLineNumber }))
    }
    const markers = bindEditorMarkers(ed, designer)
    editorRef.current = ed
    markersRef.current = markers
    const unbind = [bindEditorSync(ed, designer), markers.dispose, bindEditorSelection(ed, designer)]
    return () => {
      editorRef.current = null
      markersRef.current = null
      media.removeEventListener('change', onScheme)
      for (const u of unbind) u()
      for (const f of focus) f.dispose()
      ed.dispose()
      model.dispose()
    }
  }, [designer])

  useEffect(() => {
    editorRef.current?.updateOptions({ ariaLabel: t('FDL YAML editor') })
    markersRef.current?.refresh()
  }, [t])

  return (
    <>
      <div ref={host} className="code-editor" data-testid="code-editor" />
      {focused ? (
        <p className="code-tab-hint" role="status" aria-label={t('Tab key')}>
          {t(tabIndents ? 'Tab indents. Ctrl+M: Tab moves focus again.' : 'Tab moves focus out of the code. Ctrl+M: Tab indents instead.')}
        </p>
      ) : null}
    </>
  )
}
