import { useDesigner } from '../../store/useDesigner.ts'

/**
 * One line saying whether canvas and code agree: in sync, parsing, or the code has an error (the diagram is
 * stale). Also announces refusals (`notice`) politely to screen readers.
 */
export function SyncStatus() {
  const blocker = useDesigner((s) => s.analysis.blocker)
  const pending = useDesigner((s) => s.parsePending)
  const notice = useDesigner((s) => s.notice)
  const status = blocker
    ? { tone: 'error', text: `Code has an error on line ${blocker.range.line}; diagram paused` }
    : pending
      ? { tone: 'busy', text: 'Updating…' }
      : { tone: 'ok', text: 'In sync' }
  return (
    <div className="sync-status" role="status" aria-live="polite">
      <span className={`sync-dot ${status.tone}`} aria-hidden="true" />
      <span className="sync-text">{status.text}</span>
      {notice ? <span key={notice.nonce} className="notice">{notice.message}</span> : null}
    </div>
  )
}
