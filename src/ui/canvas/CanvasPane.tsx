import '@xyflow/react/dist/style.css'
import './canvas.css'
import { ReactFlowProvider } from '@xyflow/react'
import { FlowCanvas } from './FlowCanvas.tsx'
import { GoToStepDialog } from './GoToStepDialog.tsx'
import { StaleBanner } from './StaleBanner.tsx'

/** The `Flow canvas` region: the diagram, and a banner while it shows the last good version of the code. */
export function CanvasPane() {
  return (
    <section className="canvas-pane" aria-label="Flow canvas">
      <ReactFlowProvider>
        <FlowCanvas />
        <GoToStepDialog />
      </ReactFlowProvider>
      <StaleBanner />
    </section>
  )
}
