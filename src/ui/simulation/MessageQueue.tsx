import { useMemo, useState, useId } from 'react'
import type { QueueEntry } from '../../store/simulation/traceAt.ts'
import { queueAt } from '../../store/simulation/traceAt.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual } from './timeScale.ts'
import { STATE_COUNTS, STATE_WORDS } from './stateWords.ts'
import { useSimulation, useTraceIndex, useSimulationApi } from './useSimulation.ts'
import { useViewport } from './useViewport.ts'
import type { HeldMessage } from '../../store/simulation/SimulationState.ts'

const ROW = 58

/**
 * The Message queue region: every message sent by time `t` with its state then (delayed, active, in flight,
 * deleted; the ones still in the queue listed first), priority, dequeue count, receipt handle and body with the
 * task token highlighted. Long lists are windowed; selecting a message shows it in full.
 */
export function MessageQueue() {
  const now = useSimulation((s) => s.t)
  const t = useT()
  const snap = useTraceIndex()
  const trace = snap.trace
  const [selected, setSelected] = useState<number | null>(null)
  const { ref, view, onScroll } = useViewport()
  // Messages still in the queue first (in send order), deleted ones after: what matters at `t` is on top.
  const entries = useMemo(() => {
    const all = queueAt(snap.trace, now)
    return [...all.filter((e) => e.state !== 'deleted'), ...all.filter((e) => e.state === 'deleted')]
  }, [snap, now])
  const counts: Record<string, number> = {}
  for (const e of entries) counts[e.state] = (counts[e.state] ?? 0) + 1
  const first = Math.max(0, Math.floor(view.top / ROW) - 4)
  const last = Math.min(entries.length, Math.ceil((view.top + view.height) / ROW) + 4)
  const detail = entries.find((e) => e.message.index === selected) ?? null
  const start = trace?.startTime ?? 0
  return (
    <section className="sim-queue" aria-label={t('Message queue')}>
      <header className="sim-section-head">
        <h3>{t('Message queue')}</h3>
        <span className="sim-counts">
          {entries.length === 0 ? t('no messages') : (['delayed', 'active', 'inactive', 'deleted'] as const).filter((k) => counts[k]).map((k) => t(STATE_COUNTS[k], { n: counts[k]! })).join(' · ')}
        </span>
      </header>
      <div className="sim-queue-list" ref={ref} onScroll={onScroll} role="list" aria-label={t('Messages')}>
        <div style={{ height: entries.length * ROW, position: 'relative' }}>
          {entries.slice(first, last).map((e, i) => (
            <MessageRow key={e.message.index} entry={e} top={(first + i) * ROW} selected={selected === e.message.index} onSelect={() => setSelected(selected === e.message.index ? null : e.message.index)} />
          ))}
        </div>
      </div>
      {detail ? <MessageDetail entry={detail} start={start} /> : null}
    </section>
  )
}

function MessageRow({ entry, top, selected, onSelect }: { entry: QueueEntry; top: number; selected: boolean; onSelect: () => void }) {
  const m = entry.message
  const t = useT()
  return (
    <div className={`sim-msg-row state-${entry.state}${selected ? ' selected' : ''}`} style={{ top, height: ROW - 4 }} role="listitem" aria-label={t('Message {id}', { id: m.messageId })}>
      <button type="button" className="sim-msg-head" aria-expanded={selected} onClick={onSelect}>
        <span className={`sim-state-badge state-${entry.state}`}>{t(STATE_WORDS[entry.state])}</span>
        <span className="sim-msg-id" title={m.messageId}>{m.queue} · {m.messageId.slice(0, 8)}…</span>
        <span title={t('Priority (1 is highest)')}>P{m.priority}</span>
        <span title={t('Dequeue count')}>↻{entry.dequeueCount}</span>
        {entry.receiptHandle ? <span className="sim-msg-handle" title={t('Receipt handle {handle}', { handle: entry.receiptHandle })}>{entry.receiptHandle.slice(0, 10)}…</span> : null}
        <span className="sim-msg-step" data-user-text>{m.stepName}</span>
      </button>
      <MessageBody body={m.body} token={m.token} className="one-line" />
    </div>
  )
}

function MessageDetail({ entry, start }: { entry: QueueEntry; start: number }) {
  const m = entry.message
  const t = useT()
  const sent = formatVirtual(m.enqueueTime, start)
  return (
    <div className="sim-msg-detail" aria-label={t('Selected message')}>
      <dl>
        <dt>{t('State')}</dt><dd>{t('{state} since {time}', { state: t(STATE_WORDS[entry.state]), time: formatVirtual(entry.since, start) })}</dd>
        <dt>{t('Message id')}</dt><dd className="sim-mono">{m.messageId}</dd>
        <dt>{t('Receipt handle')}</dt><dd className="sim-mono">{entry.receiptHandle ?? '—'}</dd>
        <dt>{t('Priority')}</dt><dd>{m.priority}</dd>
        <dt>{t('Dequeue count')}</dt><dd>{entry.dequeueCount}</dd>
        <dt>{t('Sent')}</dt><dd>{m.delaySeconds ? t('{time} by {step}, delayed {delay} s', { time: sent, step: m.stepName, delay: m.delaySeconds }) : t('{time} by {step}', { time: sent, step: m.stepName })}</dd>
      </dl>
      <MessageBody body={m.body} token={m.token} className="wrap" />
    </div>
  )
}

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

/** Props of {@link MessageBody}. */
export interface MessageBodyProps {
  readonly body: string
  readonly token: string | null
  readonly className?: string
}

/**
 * A message body exactly as sent, with the task token highlighted wherever it occurs: the part a worker must
 * send back with ReportTaskSucceeded / ReportTaskFailed.
 */
export function MessageBody({ body, token, className }: MessageBodyProps) {
  const t = useT()
  const parts = token ? body.split(token) : [body]
  return (
    <code className={`sim-body ${className ?? ''}`}>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 ? <mark className="sim-token" title={t('Task token')}>{token}</mark> : null}
        </span>
      ))}
    </code>
  )
}
