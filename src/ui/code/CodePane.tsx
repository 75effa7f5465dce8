import { useDesigner } from '../../store/useDesigner.ts'

/** The code region. */
export function CodePane() {
  const text = useDesigner((s) => s.text)
  return (
    <section className="code-pane nokey" aria-label="FDL code">
      <pre>{text}</pre>
    </section>
  )
}
