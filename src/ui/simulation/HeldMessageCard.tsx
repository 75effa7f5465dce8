import { useId, useState } from 'react'
import type { HeldMessage } from '../../store/simulation/SimulationState.ts'
import { useT } from '../i18n/language.ts'
import { MessageBody } from './MessageBody.tsx'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

/**
 * A message the person playing the worker received: its body (token highlighted) and the worker's calls on
 * it: report success with an Output of their own, report failure, delete with the receipt handle. The token
 * is the one the body carries; a body without it cannot be reported, exactly as a real worker could not.
 */
export function HeldMessageCard({ held }: { held: HeldMessage }) {
  const id = useId()
  const api = useSimulationApi()
  const t = useT()
  const busy = useSimulation((s) => s.busy)
  const answers = useSimulation((s) => s.answers)
  const message = useSimulation((s) => s.trace?.messages.find((m) => m?.messageId === held.messageId) ?? null)
  const [output, setOutput] = useState('{"result": "done"}')
  const [error, setError] = useState('WorkerError')
  const [cause, setCause] = useState('')
  const token = message?.token && held.body.includes(message.token) ? message.token : null
  const call = (c: Parameters<ReturnType<typeof api>['callManual']>[0]) => api().callManual(c)
  const last = answers.findLast((a) => {
    const r = a.request
    return (r.kind === 'DeleteMessage' && r.receiptHandle === held.receiptHandle) || ((r.kind === 'ReportTaskSucceeded' || r.kind === 'ReportTaskFailed') && r.token === token)
  })
  return (
    <article className="sim-held" aria-label={t('Received message {id}', { id: held.messageId })}>
      <header className="sim-held-head">
        {message ? <strong data-user-text>{message.stepName}</strong> : <strong>{t('Message')}</strong>}
        <span className="sim-mono" title={held.messageId}>{held.messageId.slice(0, 12)}…</span>
        <span className="sim-mono" title={t('Receipt handle {handle}', { handle: held.receiptHandle })}>{t('handle {handle}…', { handle: held.receiptHandle.slice(0, 12) })}</span>
      </header>
      <MessageBody body={held.body} token={token} className="wrap" />
      {token ? null : <p className="sim-msg sim-error">{t('The body carries no task token: this worker cannot report, and the task waits until it times out.')}</p>}
      <div className="sim-held-actions">
        <label htmlFor={`${id}-out`} className="sim-label">{t('Output JSON')}</label>
        <textarea id={`${id}-out`} className="sim-input sim-mono" rows={2} spellCheck={false} value={output} onChange={(e) => setOutput(e.target.value)} />
        <div className="sim-button-row">
          <button type="button" className="sim-button primary" disabled={busy || !token} onClick={() => token && call({ kind: 'ReportTaskSucceeded', token, output })}>
            {t('Report success')}
          </button>
          <button type="button" className="sim-button" disabled={busy} onClick={() => call({ kind: 'DeleteMessage', queue: held.queue, receiptHandle: held.receiptHandle })}>
            {t('Delete message')}
          </button>
        </div>
        <div className="sim-fail-fields">
          <label className="sim-label">{t('Error')}<input className="sim-input" value={error} onChange={(e) => setError(e.target.value)} /></label>
          <label className="sim-label">{t('Cause')}<input className="sim-input" value={cause} onChange={(e) => setCause(e.target.value)} /></label>
        </div>
        <button type="button" className="sim-button danger" disabled={busy || !token} onClick={() => token && call({ kind: 'ReportTaskFailed', token, error, cause })}>
          {t('Report failure')}
        </button>
        {last ? (
          <p className={`sim-answer ${last.ok ? 'ok' : 'err'}`} role="status">
            {last.request.kind} → {last.ok ? 'OK' : `${last.code}${last.message ? `: ${last.message}` : ''}`}
          </p>
        ) : null}
      </div>
    </article>
  )
}
