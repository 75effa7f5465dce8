import { lazy, Suspense, useEffect, useState } from 'react'
import { useDesigner } from '../../store/Designer.ts'
import { canvasPaint } from '../canvasPaint.ts'
import { currentT, useT } from '../i18n/language.ts'
import './code.css'

/**
 * Monaco reads its own words (menus, find box, screen-reader texts) once, as it loads: in Chinese its Chinese
 * messages are set first. A later switch of language changes Monaco's own words at the next page load.
 */
const CodeEditor = lazy(async () => {
  if (currentT().language === 'zh-CN') await import('monaco-editor/esm/nls.messages.zh-cn.js')
  return import('./CodeEditor.tsx').then((m) => ({ default: m.CodeEditor }))
})

/** Monaco loads once the canvas has painted, or after this long whatever the canvas does. */
const CANVAS_WAIT_MS = 3000

/** Until Monaco is loaded the text is shown read-only, so the code is visible from the first paint. */
function PlainText() {
  const text = useDesigner((s) => s.text)
  return (
    // Focusable so the keyboard can scroll a long flow while the editor loads (axe: scrollable-region-focusable).
    <pre className="code-fallback" aria-busy="true" tabIndex={0}>
      {text}
    </pre>
  )
}

/**
 * The `FDL code` region. Monaco (about 1 MB gzip) is fetched only after the canvas has painted the first document
 * (at once in the Code view), so it never delays the diagram. Inside `.nokey` so React Flow's key handling leaves typing alone.
 */
export function CodePane() {
  const [load, setLoad] = useState(false)
  const codeOnly = useDesigner((s) => s.view === 'code')
  const t = useT()
  useEffect(() => {
    let live = true
    if (codeOnly) {
      // Latch the load so leaving the Code view later does not unmount the editor; rendering already shows it.
      void Promise.resolve().then(() => live && setLoad(true))
      return () => {
        live = false
      }
    }
    const start = () => {
      if (!live) return
      if ('requestIdleCallback' in window) window.requestIdleCallback(() => live && setLoad(true), { timeout: 400 })
      else setLoad(true)
    }
    void Promise.race([canvasPaint.done, new Promise((r) => setTimeout(r, CANVAS_WAIT_MS))]).then(start)
    return () => {
      live = false
    }
  }, [codeOnly])
  return (
    <section className="code-pane nokey" aria-label={t('FDL code')}>
      {load || codeOnly ? (
        <Suspense fallback={<PlainText />}>
          <CodeEditor />
        </Suspense>
      ) : (
        <PlainText />
      )}
    </section>
  )
}
