import { useDesigner } from '../../store/useDesigner.ts'

/** Says the diagram is the last good one and why: the code's error and its line. Editing resumes once fixed. */
export function StaleBanner() {
  const blocker = useDesigner((s) => s.analysis.blocker)
  if (!blocker) return null
  return (
    <div className="stale-banner" role="status">
      <strong>Diagram paused</strong>
      <span>
        Line {blocker.range.line}: {blocker.message}
      </span>
      <span className="stale-hint">Showing the last valid version. Fix the code to continue editing.</span>
    </div>
  )
}
