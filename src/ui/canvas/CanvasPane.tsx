import '@xyflow/react/dist/style.css'
import './canvas.css'
import { ReactFlowProvider } from '@xyflow/react'
import { useT } from '../i18n/language.ts'
import { FlowCanvas } from './FlowCanvas.tsx'
import { GoToStepDialog } from './GoToStepDialog.tsx'
import { StaleBanner } from './StaleBanner.tsx'

/** The `Flow canvas` region: the diagram, and a banner while it shows the last good version of the code. */
export function CanvasPane() {
  const t = useT()
  return (
    <section className="canvas-pane" aria-label={t('Flow canvas')}>
      <ReactFlowProvider>
        <FlowCanvas />
        <GoToStepDialog />
      </ReactFlowProvider>
      <StaleBanner />
    </section>
  )
}
