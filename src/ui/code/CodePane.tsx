import { lazy, Suspense, useEffect, useState } from 'react'
import { useDesigner } from '../../store/useDesigner.ts'
import './code.css'

const CodeEditor = lazy(() => import('./CodeEditor.tsx').then((m) => ({ default: m.CodeEditor })))

/** Until Monaco is loaded the text is shown read-only, so the code is visible from the first paint. */
function PlainText() {
  const text = useDesigner((s) => s.text)
  return (
    <pre className="code-fallback" aria-busy="true">
      {text}
    </pre>
  )
}

/**
 * The `FDL code` region. Monaco is fetched only after the page has painted (idle time), so it never delays the
 * canvas. Inside `.nokey` so React Flow's key handling leaves typing alone.
 */
export function CodePane() {
  const [load, setLoad] = useState(false)
  useEffect(() => {
    const start = () => setLoad(true)
    if ('requestIdleCallback' in window) {
      const id = window.requestIdleCallback(start, { timeout: 600 })
      return () => window.cancelIdleCallback(id)
    }
    const id = setTimeout(start, 200)
    return () => clearTimeout(id)
  }, [])
  return (
    <section className="code-pane nokey" aria-label="FDL code">
      {load ? (
        <Suspense fallback={<PlainText />}>
          <CodeEditor />
        </Suspense>
      ) : (
        <PlainText />
      )}
    </section>
  )
}
