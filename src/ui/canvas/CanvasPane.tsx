import { ReactFlowProvider } from '@xyflow/react'
import { useT } from '../i18n/language.ts'
import { FlowCanvas } from './FlowCanvas.tsx'
import { GoToStepDialog } from './GoToStepDialog.tsx'
import { useDesigner } from '../../store/Designer.ts'

import '@xyflow/react/dist/style.css'
import './canvas.css'

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

/** Says the diagram is the last good one and why: the code's error and its line. Editing resumes once fixed. */
export function StaleBanner() {
  const blocker = useDesigner((s) => s.analysis.blocker)
  const t = useT()
  if (!blocker) return null
  return (
    <div className="stale-banner" role="status">
      <strong>{t('Diagram paused')}</strong>
      <span>{t('Line {line}: {message}', { line: blocker.range.line, message: blocker.text ?? blocker.message })}</span>
      <span className="stale-hint">{t('Showing the last valid version. Fix the code to continue editing.')}</span>
    </div>
  )
}
