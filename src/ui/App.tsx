import { useEffect, useState } from 'react'
import { parseFdl } from '../fdl/parse/parseFdl.ts'

/** Until the designer lands: shows the seed example's YAML and the diagnostics the core finds in it. */
export function App() {
  const [text, setText] = useState<string | null>(null)
  useEffect(() => {
    void fetch('/examples/mns-callback.yaml').then((r) => r.text()).then(setText)
  }, [])
  const parsed = text === null ? null : parseFdl(text)
  return (
    <main>
      <h1>FDL Studio</h1>
      <section aria-label="FDL code">
        <pre>{text ?? 'Loading…'}</pre>
      </section>
      <section aria-label="Problems">
        {parsed && parsed.diagnostics.length === 0 ? <p>No problems</p> : null}
        <ul>
          {parsed?.diagnostics.map((d, i) => (
            <li key={i}>{`${d.range.line}:${d.range.column} ${d.severity} ${d.code} ${d.message}`}</li>
          ))}
        </ul>
      </section>
    </main>
  )
}
