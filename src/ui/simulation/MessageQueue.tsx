import { useMemo, useState } from 'react'
import type { QueueEntry } from '../../store/simulation/messageAt.ts'
import { queueAt } from '../../store/simulation/queueAt.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual } from './formatVirtual.ts'
import { MessageBody } from './MessageBody.tsx'
import { STATE_COUNTS, STATE_WORDS } from './STATE_WORDS.ts'
import { useSimulation } from './useSimulation.ts'
import { useTraceIndex } from './useTraceIndex.ts'
import { useViewport } from './useViewport.ts'

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
