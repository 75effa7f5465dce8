/** The canvas region. */
export function CanvasPane() {
  return <section className="canvas-pane" aria-label="Flow canvas" />
}
