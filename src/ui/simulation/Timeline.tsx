import { useCallback, useMemo, useRef, useState, type MouseEvent } from 'react'
import { createStore } from 'zustand/vanilla'
import { flattenRows, rowsStartedBy } from '../../store/simulation/timelineRows.ts'
import type { Span } from '../../store/simulation/TraceIndex.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { BarTooltip, type HoverState, TimelineRow } from './TimelineRow.tsx'
import { Swimlane } from './Swimlane.tsx'
import { TIMELINE, timeAt, xOf, tickStep, formatVirtual } from './timeScale.ts'
import type { TimeScale } from './timeScale.ts'
import { useSimulation, useSimulationApi, useTraceIndex } from './useSimulation.ts'
import { useViewport } from './useViewport.ts'
import type { PointerEvent } from 'react'
import type { StoreApi } from 'zustand/vanilla'
import type { DesignerState } from '../../store/DesignerState.ts'
import { indexSteps } from '../../store/indexSteps.ts'

const EMPTY = new Set<number>()
const NO_ROWS = new Int32Array(0)
/** Content wider than this is not zoomed into further (browsers cap element sizes). */
const MAX_CONTENT = 4_000_000

/**
 * The Timeline region: a Gantt of step runs on the virtual clock, nested rows for branches and iterations,
 * the callback swimlane above, and the cursor at `t`. Both axes are virtualised: only rows and bars in view
 * are drawn, so a 10,000-iteration foreach scrolls like a short flow.
 */
export function Timeline() {
  const api = useSimulationApi()
  const designer = useDesigner()
  const now = useSimulation((s) => s.t)
  const t = useT()
  const selectedSpan = useSimulation((s) => s.selectedSpan)
  const snap = useTraceIndex()
  const { trace, index } = snap
  const { ref, view, onScroll } = useViewport()
  const [zoom, setZoom] = useState<number | 'fit'>('fit')
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(EMPTY)
  const [hover] = useState(() => createStore<HoverState>()(() => ({ span: null, x: 0, y: 0 })))
  const onHover = useCallback((e: MouseEvent) => {
    const bar = (e.target as Element).closest('[data-span]')
    const span = bar ? Number(bar.getAttribute('data-span')) : null
    if (span === null && hover.getState().span === null) return
    hover.setState({ span, x: e.clientX, y: e.clientY })
  }, [hover])
  const box = useRef<HTMLDivElement | null>(null)
  // Stable, so React does not detach and re-attach it (and re-measure the box) on every render.
  const viewportRef = useCallback((el: HTMLDivElement | null) => {
    box.current = el
    ref(el)
  }, [ref])

  const start = trace?.startTime ?? 0
  const last = trace ? Math.max(trace.executions[0]?.endTime ?? trace.now, trace.now, start + 1000) : start + 10_000
  // A little room after the last moment, so what happens at the very end is not under the edge.
  const end = last + (last - start) * 0.04
  const timeWidth = Math.max(100, view.width - TIMELINE.labelWidth - 2 * TIMELINE.pad)
  const fitPx = timeWidth / (end - start)
  const fit = zoom === 'fit' || zoom <= fitPx
  const pxPerMs = fit ? fitPx : Math.min(zoom, MAX_CONTENT / (end - start))
  const scale: TimeScale = useMemo(() => ({ start, pxPerMs }), [start, pxPerMs])
  const contentWidth = TIMELINE.labelWidth + (end - start) * pxPerMs + 2 * TIMELINE.pad

  const order = useMemo(() => (snap.index ? flattenRows(snap.index, collapsed) : NO_ROWS), [snap, collapsed])
  const rows = useMemo(() => (snap.index ? rowsStartedBy(snap.index, order, now) : NO_ROWS), [snap, order, now])
  const headerHeight = TIMELINE.axisHeight + 3 * TIMELINE.laneHeight + 4
  const firstRow = Math.max(0, Math.floor(view.top / TIMELINE.rowHeight) - TIMELINE.overscan)
  const lastRow = Math.min(rows.length, Math.ceil((view.top + view.height) / TIMELINE.rowHeight) + TIMELINE.overscan)
  const from = timeAt(scale, view.left + TIMELINE.labelWidth)
  const to = timeAt(scale, view.left + view.width)

  const onToggle = useCallback((row: number) => setCollapsed((c) => {
    const next = new Set(c)
    if (!next.delete(row)) next.add(row)
    return next
  }), [])
  const onSelect = useCallback((span: Span) => {
    api().selectStep(span.name, span.id)
    selectStepByName(designer.store, span.name)
  }, [api, designer])
  const zoomBy = (f: number) => {
    const el = box.current
    const cur = pxPerMs
    const next = Math.max(fitPx, Math.min(cur * f, MAX_CONTENT / (end - start)))
    setZoom(next)
    if (el) requestAnimationFrame(() => (el.scrollLeft = Math.max(0, xOf({ start, pxPerMs: next }, now) - el.clientWidth / 2)))
  }
  return (
    <section className="sim-timeline" aria-label={t('Timeline')}>
      <div className="tl-toolbar">
        <Scrubber />
        <div className="tl-zoom" role="group" aria-label={t('Zoom')}>
          <button type="button" className="sim-button small" onClick={() => zoomBy(0.5)} disabled={fit}>{t('Zoom out')}</button>
          <button type="button" className="sim-button small" onClick={() => zoomBy(2)} disabled={!trace}>{t('Zoom in')}</button>
          <button type="button" className="sim-button small" onClick={() => setZoom('fit')} disabled={fit}>{t('Fit')}</button>
        </div>
      </div>
      <div
        className="tl-viewport"
        ref={viewportRef}
        onScroll={onScroll}
      >
        <div className="tl-content" style={{ width: contentWidth, height: headerHeight + rows.length * TIMELINE.rowHeight }}>
          <div className="tl-header" style={{ width: contentWidth }}>
            <TimeAxis scale={scale} from={from} to={to} width={contentWidth} onScrub={(time) => {
              api().pause()
              api().seek(time)
            }} />
            <Swimlane actions={trace?.actions ?? []} scale={scale} t={now} from={from} to={to} x0={view.left} viewWidth={Math.max(0, view.width - TIMELINE.labelWidth)} contentWidth={contentWidth} version={snap.version} />
          </div>
          <div
            className="tl-rows"
            role="list"
            aria-label={t('Step runs')}
            style={{ height: rows.length * TIMELINE.rowHeight }}
            onMouseMove={onHover}
            onMouseLeave={() => hover.setState({ span: null })}
          >
            {index && trace
              ? [...rows.subarray(firstRow, lastRow)].map((id, i) => (
                  <TimelineRow
                    key={id}
                    row={index.rows[id]!}
                    index={index}
                    trace={trace}
                    scale={scale}
                    t={now}
                    from={from}
                    to={to}
                    top={(firstRow + i) * TIMELINE.rowHeight}
                    collapsed={collapsed.has(id)}
                    selectedSpan={selectedSpan}
                    onToggle={onToggle}
                    onSelect={onSelect}
                  />
                ))
              : null}
          </div>
          {trace ? <div className="tl-cursor" style={{ left: xOf(scale, now), top: view.top, height: view.height }} aria-hidden="true" /> : null}
        </div>
        <BarTooltip hover={hover} index={index} start={start} t={now} />
        {!trace ? <p className="tl-empty">{t('Press Run to simulate the flow; its steps appear here on the virtual clock.')}</p> : null}
      </div>
    </section>
  )
}

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

/**
 * The scrubber: a slider over everything simulated so far that sets the time `t` every view shows (also
 * by keyboard). Dragging it pauses playback, so the moment stays on screen.
 */
export function Scrubber() {
  const api = useSimulationApi()
  const now = useSimulation((s) => s.t)
  const t = useT()
  const trace = useSimulation((s) => s.trace)
  useSimulation((s) => s.traceVersion)
  const start = trace?.startTime ?? 0
  const end = trace ? trace.now : 0
  const step = Math.max(1, Math.round((end - start) / 1000))
  return (
    <div className="tl-scrubber">
      <input
        type="range"
        aria-label={t('Time')}
        aria-valuetext={trace ? formatVirtual(now, start) : t('not started')}
        min={start}
        max={Math.max(end, start + 1)}
        step={step}
        value={trace ? now : start}
        disabled={!trace}
        onChange={(e) => {
          api().pause()
          api().seek(Number(e.target.value))
        }}
      />
      <span className="tl-scrub-time">{trace ? `${formatVirtual(now, start)} / ${formatVirtual(end, start)}` : '—'}</span>
    </div>
  )
}

/** Selects the step called `name` in the designer (canvas, inspector and code follow), if the flow has it. */
export function selectStepByName(designer: StoreApi<DesignerState>, name: string): void {
  const s = designer.getState()
  for (const entry of indexSteps(s.good.parsed.flow).values()) {
    if (entry.step.name === name) return s.select([entry.step.path], 'canvas')
  }
}
