import { useMemo, useState } from 'react'
import type { QueueEntry } from '../../store/simulation/messageAt.ts'
import { queueAt } from '../../store/simulation/queueAt.ts'
import { formatVirtual } from './formatVirtual.ts'
import { MessageBody } from './MessageBody.tsx'
import { STATE_WORDS } from './STATE_WORDS.ts'
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
  const t = useSimulation((s) => s.t)
  const snap = useTraceIndex()
  const trace = snap.trace
  const [selected, setSelected] = useState<number | null>(null)
  const { ref, view, onScroll } = useViewport()
  // Messages still in the queue first (in send order), deleted ones after: what matters at `t` is on top.
  const entries = useMemo(() => {
    const all = queueAt(snap.trace, t)
    return [...all.filter((e) => e.state !== 'deleted'), ...all.filter((e) => e.state === 'deleted')]
  }, [snap, t])
  const counts: Record<string, number> = {}
  for (const e of entries) counts[e.state] = (counts[e.state] ?? 0) + 1
  const first = Math.max(0, Math.floor(view.top / ROW) - 4)
  const last = Math.min(entries.length, Math.ceil((view.top + view.height) / ROW) + 4)
  const detail = entries.find((e) => e.message.index === selected) ?? null
  const start = trace?.startTime ?? 0
  return (
    <section className="sim-queue" aria-label="Message queue">
      <header className="sim-section-head">
        <h3>Message queue</h3>
        <span className="sim-counts">
          {entries.length === 0 ? 'no messages' : (['delayed', 'active', 'inactive', 'deleted'] as const).filter((k) => counts[k]).map((k) => `${counts[k]} ${STATE_WORDS[k].toLowerCase()}`).join(' · ')}
        </span>
      </header>
      <div className="sim-queue-list" ref={ref} onScroll={onScroll} role="list" aria-label="Messages">
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
  return (
    <div className={`sim-msg-row state-${entry.state}${selected ? ' selected' : ''}`} style={{ top, height: ROW - 4 }} role="listitem" aria-label={`Message ${m.messageId}`}>
      <button type="button" className="sim-msg-head" aria-expanded={selected} onClick={onSelect}>
        <span className={`sim-state-badge state-${entry.state}`}>{STATE_WORDS[entry.state]}</span>
        <span className="sim-msg-id" title={m.messageId}>{m.queue} · {m.messageId.slice(0, 8)}…</span>
        <span title="Priority (1 is highest)">P{m.priority}</span>
        <span title="Dequeue count">↻{entry.dequeueCount}</span>
        {entry.receiptHandle ? <span className="sim-msg-handle" title={`Receipt handle ${entry.receiptHandle}`}>{entry.receiptHandle.slice(0, 10)}…</span> : null}
        <span className="sim-msg-step">{m.stepName}</span>
      </button>
      <MessageBody body={m.body} token={m.token} className="one-line" />
    </div>
  )
}

function MessageDetail({ entry, start }: { entry: QueueEntry; start: number }) {
  const m = entry.message
  return (
    <div className="sim-msg-detail" aria-label="Selected message">
      <dl>
        <dt>State</dt><dd>{STATE_WORDS[entry.state]} since {formatVirtual(entry.since, start)}</dd>
        <dt>Message id</dt><dd className="sim-mono">{m.messageId}</dd>
        <dt>Receipt handle</dt><dd className="sim-mono">{entry.receiptHandle ?? '—'}</dd>
        <dt>Priority</dt><dd>{m.priority}</dd>
        <dt>Dequeue count</dt><dd>{entry.dequeueCount}</dd>
        <dt>Sent</dt><dd>{formatVirtual(m.enqueueTime, start)} by {m.stepName}{m.delaySeconds ? `, delayed ${m.delaySeconds} s` : ''}</dd>
      </dl>
      <MessageBody body={m.body} token={m.token} className="wrap" />
    </div>
  )
}
