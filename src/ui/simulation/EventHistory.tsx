import { useId, useMemo, useState } from 'react'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual, upperBound } from './timeScale.ts'
import { useSimulation, useSimulationApi, useTraceIndex } from './useSimulation.ts'
import { useViewport } from './useViewport.ts'

const ROW = 26

/** The event detail as one short line. */
function detailText(detail: Readonly<Record<string, unknown>>): string {
  const text = JSON.stringify(detail)
  return text.length > 160 ? `${text.slice(0, 159)}…` : text
}

/**
 * The Event history table: the root execution's events as GetExecutionHistory lists them, filterable by type
 * and step; clicking a row moves `t` to that event. Windowed (a long run has ~100,000 events).
 * `Download history` saves them as JSON.
 */
export function EventHistory() {
  const id = useId()
  const api = useSimulationApi()
  const designer = useDesigner()
  const now = useSimulation((s) => s.t)
  const t = useT()
  const snap = useTraceIndex()
  const trace = snap.trace
  const [type, setType] = useState('')
  const [step, setStep] = useState('')
  const { ref, view, onScroll } = useViewport()
  const exec = trace?.executions[0]
  const events = exec?.events ?? []
  const { types, steps } = useMemo(() => {
    const ty = new Set<string>()
    const st = new Set<string>()
    for (const e of snap.trace?.executions[0]?.events ?? []) {
      ty.add(e.type)
      if (e.stepName) st.add(e.stepName)
    }
    return { types: [...ty].sort(), steps: [...st].sort() }
  }, [snap])
  const shown = useMemo(() => {
    const out: number[] = []
    snap.trace?.executions[0]?.events.forEach((e, i) => {
      if ((type === '' || e.type === type) && (step === '' || e.stepName === step)) out.push(i)
    })
    return out
  }, [snap, type, step])
  // Where `t` falls among the rows shown: the "now" line is drawn above the first later one.
  const nowAt = useMemo(() => upperBound(shown, now, (i) => exec?.eventTimes[i] ?? 0), [shown, exec, now])
  const later = shown.length - nowAt
  const first = Math.max(0, Math.floor(view.top / ROW) - 6)
  const last = Math.min(shown.length, Math.ceil((view.top + view.height) / ROW) + 6)
  const start = trace?.startTime ?? 0
  const download = () => {
    const name = designer.store.getState().documentName.replace(/[^A-Za-z0-9_.-]+/g, '-') || 'flow'
    designer.env.download(`${name}.history.json`, `${JSON.stringify(events, null, 2)}\n`, 'application/json')
  }
  return (
    <section className="sim-history" aria-labelledby={`${id}-h`}>
      <header className="sim-section-head">
        <h3 id={`${id}-h`}>{t('Event history')}</h3>
        <label className="sim-inline">
          {t('Type')}
          <select value={type} onChange={(e) => setType(e.target.value)} aria-label={t('Filter by type')}>
            <option value="">{t('All types')}</option>
            {types.map((x) => <option key={x} value={x} data-user-text>{x}</option>)}
          </select>
        </label>
        <label className="sim-inline">
          {t('Step')}
          <select value={step} onChange={(e) => setStep(e.target.value)} aria-label={t('Filter by step')}>
            <option value="">{t('All steps')}</option>
            {steps.map((x) => <option key={x} value={x} data-user-text>{x}</option>)}
          </select>
        </label>
        <span className="sim-counts" aria-live="polite">
          {later > 0 && nowAt > 0
            ? t('{shown} of {total} events · {later} after {time}', { shown: shown.length, total: events.length, later, time: formatVirtual(now, start) })
            : t('{shown} of {total} events', { shown: shown.length, total: events.length })}
        </span>
        <button type="button" className="sim-button small" onClick={download} disabled={events.length === 0}>{t('Download history')}</button>
      </header>
      <div className="sim-history-scroll" ref={ref} onScroll={onScroll}>
        <table className="sim-table" aria-label={t('Event history')} aria-rowcount={shown.length + 1}>
          <thead>
            <tr aria-rowindex={1}>
              <th scope="col">{t('Id')}</th><th scope="col">{t('Time')}</th><th scope="col">{t('Type')}</th><th scope="col">{t('Step')}</th><th scope="col">{t('Detail')}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 ? <tr aria-hidden="true" style={{ height: first * ROW }}><td colSpan={5} /></tr> : null}
            {shown.slice(first, last).map((i, k) => {
              const e = events[i]!
              const time = exec!.eventTimes[i]!
              return (
                <tr
                  key={e.eventId}
                  aria-rowindex={first + k + 2}
                  className={time > now ? (first + k === nowAt && nowAt > 0 ? 'future now-next' : 'future') : ''}
                  style={{ height: ROW }}
                  tabIndex={0}
                  title={t('Show this moment')}
                  onClick={() => {
                    api().pause()
                    api().seek(time)
                  }}
                  onKeyDown={(ev) => {
                    if (ev.key !== 'Enter' && ev.key !== ' ') return
                    ev.preventDefault()
                    api().pause()
                    api().seek(time)
                  }}
                >
                  <td data-now={first + k === nowAt && nowAt > 0 ? t('now · {time}', { time: formatVirtual(now, start) }) : undefined}>{e.eventId}</td>
                  <td title={e.time}>{formatVirtual(time, start)}</td>
                  <td className={`ev-type ev-${e.type}`}>{e.type}</td>
                  <td data-user-text>{e.stepName}</td>
                  <td className="sim-mono ev-detail" title={JSON.stringify(e.eventDetail)} data-user-text>{detailText(e.eventDetail)}</td>
                </tr>
              )
            })}
            {last < shown.length ? <tr aria-hidden="true" style={{ height: (shown.length - last) * ROW }}><td colSpan={5} /></tr> : null}
          </tbody>
        </table>
      </div>
    </section>
  )
}
