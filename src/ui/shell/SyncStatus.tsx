import { useEffect, useState } from 'react'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'

/** How long a refusal message stays in the toolbar. */
const NOTICE_MS = 8000

/**
 * One line saying whether canvas and code agree: in sync, parsing, or the code has an error (the diagram is
 * stale). Also announces refusals (`notice`) politely to screen readers.
 */
export function SyncStatus() {
  const blocker = useDesigner((s) => s.analysis.blocker)
  const pending = useDesigner((s) => s.parsePending)
  const notice = useDesigner((s) => s.notice)
  const t = useT()
  const [expired, setExpired] = useState<number | null>(null)
  useEffect(() => {
    if (!notice) return
    const id = setTimeout(() => setExpired(notice.nonce), NOTICE_MS)
    return () => clearTimeout(id)
  }, [notice])
  const status = blocker
    ? { tone: 'error', text: t('Error on line {line} · diagram paused', { line: blocker.range.line }) }
    : pending
      ? { tone: 'busy', text: t('Updating…') }
      : { tone: 'ok', text: t('In sync') }
  return (
    <div className="sync-status" role="status" aria-live="polite">
      <span className={`sync-dot ${status.tone}`} aria-hidden="true" />
      <span className="sync-text">{status.text}</span>
      {notice && notice.nonce !== expired ? <span key={notice.nonce} className="notice" title={t.message(notice.message)}>{t.message(notice.message)}</span> : null}
    </div>
  )
}
