import { memo } from 'react'
import type { UiText } from '../../i18n/UiText.ts'
import { marksOf } from '../../store/simulation/timelineRows.ts'
import type { Span, TimelineRow as Row, TraceIndex } from '../../store/simulation/TraceIndex.ts'
import type { SimTrace } from '../../store/simulation/SimTrace.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { formatVirtual, lowerBound, TIMELINE, xOf } from './timeScale.ts'
import type { TimeScale } from './timeScale.ts'
import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import { SPAN_OUTCOME } from './stateWords.ts'

/** Props of {@link TimelineRow}. */
export interface TimelineRowProps {
  readonly row: Row
  readonly index: TraceIndex
  readonly trace: SimTrace
  readonly scale: TimeScale
  readonly t: number
  /** Visible time window (only bars inside are drawn). */
  readonly from: number
  readonly to: number
  readonly top: number
  readonly collapsed: boolean
  readonly selectedSpan: number | null
  readonly onToggle: (row: number) => void
  readonly onSelect: (span: Span) => void
}

const OUTCOME_WORDS: Record<Span['outcome'], UiText> = {
  running: 'running', succeeded: 'succeeded', failed: 'failed', caught: 'error caught', cancelled: 'cancelled',
}

/** Spans of the row that overlap the visible window (rows hold spans in start order). */
function visibleSpans(row: Row, index: TraceIndex, from: number, to: number): Span[] {
  const spans = row.spans
  const first = Math.max(0, lowerBound(spans, from, (id) => index.spans[id]!.start) - 1)
  const out: Span[] = []
  for (let i = first; i < spans.length; i++) {
    const span = index.spans[spans[i]!]!
    if (span.start > to) break
    if (span.end >= from) out.push(span)
  }
  return out
}

/**
 * One line of the Gantt: the label (with a toggle when it has nested rows) and the bars of every run in the
 * visible window, cut at time `t`, with their marks (message calls, retries, timeouts, catches).
 */
export const TimelineRow = memo(function TimelineRow(p: TimelineRowProps) {
  const { row, index, scale } = p
  const now = p.t
  const t = useT()
  const start = scale.start
  const hasChildren = row.children.length > 0
  const spans = visibleSpans(row, index, p.from, Math.min(p.to, now))
  const label = t.message(row.text)
  return (
    <div className={`tl-row kind-${row.kind}`} style={{ top: p.top, height: TIMELINE.rowHeight }} role="listitem" aria-label={label}>
      <div className="tl-label" style={{ paddingLeft: 6 + row.depth * 14 }}>
        {hasChildren ? (
          <button type="button" className="tl-toggle" aria-expanded={!p.collapsed} aria-label={p.collapsed ? t('Expand {row}', { row: label }) : t('Collapse {row}', { row: label })} onClick={() => p.onToggle(row.id)}>
            {p.collapsed ? '▸' : '▾'}
          </button>
        ) : (
          <span className="tl-toggle-space" />
        )}
        <span className="tl-label-text" title={label} data-user-text={row.kind === 'step' ? true : undefined}>{label}</span>
      </div>
      {spans.map((span) => {
        const end = Math.min(span.end, now)
        const left = xOf(scale, span.start)
        const width = Math.max(6, xOf(scale, end) - left)
        const state = span.end <= now ? span.outcome : 'running'
        const marks = marksOf(span, index, p.trace, now)
        const began = formatVirtual(span.start, start)
        const outcome = t(OUTCOME_WORDS[state])
        const name = span.end <= now ? t('{row}: {from} to {to}, {outcome}', { row: label, from: began, to: formatVirtual(span.end, start), outcome }) : t('{row}: {from} to now, {outcome}', { row: label, from: began, outcome })
        return (
          <div key={span.id} className={`tl-bar state-${state}${span.end === span.start ? ' instant' : ''}${p.selectedSpan === span.id ? ' selected' : ''}`} style={{ left: span.end === span.start ? left - 3 : left, width }} data-span={span.id}>
            <button type="button" className="tl-bar-hit" tabIndex={-1} aria-label={name} onClick={() => p.onSelect(span)} />
            {span.attempts.slice(1).map((a, i) => {
              // The back-off before a retry, drawn on the bar: the task waits, nothing runs.
              const from = span.attempts[i]!.end
              if (from > now) return null
              const gapLeft = xOf(scale, from) - left
              return <span key={a.attempt} className="tl-backoff" style={{ left: gapLeft, width: Math.max(1, xOf(scale, Math.min(a.start, now)) - left - gapLeft) }} />
            })}
            {marks.map((m, i) => (
              <span key={i} className={`tl-mark mark-${m.kind}`} role="img" aria-label={t.message(m.label)} style={{ left: xOf(scale, m.time) - left }} />
            ))}
          </div>
        )
      })}
    </div>
  )
})

/** Which bar the pointer is over, and where (viewport pixels); kept apart so hovering redraws only the tooltip. */
export interface HoverState {
  readonly span: number | null
  readonly x: number
  readonly y: number
}

/** Props of {@link BarTooltip}. */
export interface BarTooltipProps {
  readonly hover: StoreApi<HoverState>
  readonly index: TraceIndex | null
  readonly start: number
  readonly t: number
}

const short = (v: unknown) => {
  const text = JSON.stringify(v)
  if (text === undefined) return '—'
  return text.length > 160 ? `${text.slice(0, 159)}…` : text
}

function what(span: Span, t: Translate): string {
  if (span.kind === 'iteration') return t('{step} · iteration {n}', { step: span.name, n: span.slot })
  if (span.kind === 'branch') return t('{step} · branch {n}', { step: span.name, n: span.slot + 1 })
  return span.name
}

/** The timeline's hover card: a run's times, attempts, outcome and data as of time `t`. */
export function BarTooltip({ hover, index, start, t: now }: BarTooltipProps) {
  const { span: id, x, y } = useStore(hover)
  const t = useT()
  const span = id === null || !index ? undefined : index.spans[id]
  if (!span) return null
  const ended = span.end <= now
  const left = Math.min(x + 14, window.innerWidth - 340)
  const top = y + 16 + 200 > window.innerHeight ? y - 190 : y + 16
  return (
    <div className="tl-tooltip" style={{ left, top }} role="tooltip">
      <strong>{what(span, t)}</strong>
      <div>
        {formatVirtual(span.start, start)} → {ended ? formatVirtual(span.end, start) : t('still running')}
        {ended ? ` ${t('({duration} s, {outcome})', { duration: ((span.end - span.start) / 1000).toFixed(3), outcome: t(SPAN_OUTCOME[span.outcome]) })}` : ''}
      </div>
      <div className="sim-hint">{new Date(span.start).toISOString()}</div>
      {span.attempts.length > 1 ? <div>{t('{n} attempts', { n: span.attempts.length })}</div> : null}
      {ended && span.error ? <div className="sim-error">{span.error}{span.cause ? `: ${span.cause}` : ''}</div> : null}
      <div className="tl-tooltip-data"><span>{t('input')}</span> <code>{short(span.input)}</code></div>
      {ended && span.output !== undefined ? <div className="tl-tooltip-data"><span>{t('output')}</span> <code>{short(span.output)}</code></div> : null}
    </div>
  )
}
