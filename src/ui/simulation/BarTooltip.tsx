import { useStore } from 'zustand'
import type { StoreApi } from 'zustand/vanilla'
import type { Span, TraceIndex } from '../../store/simulation/TraceIndex.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { formatVirtual } from './formatVirtual.ts'
import { SPAN_OUTCOME } from './SPAN_OUTCOME.ts'

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
