import type { PointerEvent } from 'react'
import { useT } from '../i18n/language.ts'
import { TIMELINE } from './TIMELINE.ts'
import { tickStep } from './tickStep.ts'
import type { TimeScale } from './TimeScale.ts'
import { timeAt } from './timeAt.ts'
import { xOf } from './xOf.ts'

/** Props of {@link TimeAxis}. */
export interface TimeAxisProps {
  readonly scale: TimeScale
  readonly from: number
  readonly to: number
  readonly width: number
  readonly onScrub: (time: number) => void
}

/** Seconds since the start, as a tick label. */
function tickLabel(ms: number): string {
  const s = ms / 1000
  if (s >= 3600) return `${(s / 3600).toFixed(s % 3600 === 0 ? 0 : 1)} h`
  if (s >= 60) return `${Math.floor(s / 60)}:${String(Math.round(s % 60)).padStart(2, '0')}`
  return `${Number.isInteger(s) ? s : s.toFixed(ms % 100 === 0 ? 1 : 3)} s`
}

/**
 * The time ruler at the top of the timeline, with ticks in the visible window. Pressing and dragging on it
 * scrubs: it sets the time `t` every other view shows.
 */
export function TimeAxis({ scale, from, to, width, onScrub }: TimeAxisProps) {
  const t = useT()
  const step = tickStep(scale.pxPerMs)
  const ticks: number[] = []
  for (let rel = Math.floor((from - scale.start) / step) * step; scale.start + rel <= to; rel += step) if (rel >= 0) ticks.push(rel)
  const scrubAt = (e: PointerEvent<HTMLDivElement>) => {
    const box = e.currentTarget.getBoundingClientRect()
    onScrub(timeAt(scale, e.clientX - box.left))
  }
  return (
    <div
      className="tl-axis"
      style={{ width, height: TIMELINE.axisHeight }}
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId)
        scrubAt(e)
      }}
      onPointerMove={(e) => {
        if (e.currentTarget.hasPointerCapture(e.pointerId)) scrubAt(e)
      }}
    >
      <div className="tl-corner" style={{ width: TIMELINE.labelWidth }}>{t('Steps')}</div>
      {ticks.map((rel) => (
        <span key={rel} className="tl-tick" style={{ left: xOf(scale, scale.start + rel) }}>
          {tickLabel(rel)}
        </span>
      ))}
    </div>
  )
}
