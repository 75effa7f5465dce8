import { memo, useMemo } from 'react'
import type { UiText } from '../../i18n/UiText.ts'
import type { TraceAction } from '../../store/simulation/SimTrace.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual, lowerBound, TIMELINE, xOf } from './timeScale.ts'
import type { TimeScale } from './timeScale.ts'

/** Props of {@link Swimlane}. */
export interface SwimlaneProps {
  readonly actions: readonly TraceAction[]
  readonly scale: TimeScale
  readonly t: number
  readonly from: number
  readonly to: number
  /** Content x where the visible window starts, and its width. */
  readonly x0: number
  readonly viewWidth: number
  readonly contentWidth: number
  /** The trace version: `actions` grows in place, so this tells the memo it changed. */
  readonly version: number
}

const LANES: readonly UiText[] = ['Serverless Workflow', 'MNS queue', 'Worker']
/** Above this many calls in view, arrows are drawn as one path per kind without per-arrow titles. */
const DETAIL_LIMIT = 300

/** Which lanes a call goes between (from → to) and its colour class. */
function route(a: TraceAction): { from: number; to: number; cls: string } {
  switch (a.kind) {
    case 'SendMessage':
    case 'PublishMessage':
      return { from: 0, to: 1, cls: 'send' }
    case 'ReceiveMessage':
      return { from: 1, to: 2, cls: a.result === 'OK' ? 'receive' : 'empty' }
    case 'ReportTaskSucceeded':
    case 'ReportTaskFailed':
      return { from: 2, to: 0, cls: a.result === 'OK' ? (a.kind === 'ReportTaskSucceeded' ? 'report' : 'report-failed') : 'error' }
    case 'DeleteMessage':
      return { from: 2, to: 1, cls: a.result === 'OK' ? 'delete' : 'error' }
  }
}

const laneY = (lane: number) => lane * TIMELINE.laneHeight + TIMELINE.laneHeight / 2

/**
 * The callback swimlane (lanes Serverless Workflow, MNS queue, Worker): each SendMessage, ReceiveMessage (its
 * long poll drawn as a line in the worker lane), ReportTaskSucceeded / ReportTaskFailed and DeleteMessage up to
 * time `t`, on the timeline's time axis.
 */
export const Swimlane = memo(function Swimlane({ actions, scale, t: now, from, to, x0, viewWidth, contentWidth, version }: SwimlaneProps) {
  const t = useT()
  const height = LANES.length * TIMELINE.laneHeight
  const X = (time: number) => xOf(scale, time) - x0
  // What is in the visible window, whatever `t` is: recomputed when the trace, zoom or scroll change, not per frame.
  const inView = useMemo(() => {
    const first = lowerBound(actions, from, (a) => a.time)
    let last = first
    while (last < actions.length && actions[last]!.time <= to) last++
    if (last - first <= DETAIL_LIMIT) return { detail: actions.slice(first, last), columns: [] }
    // One segment per pixel column and kind: thousands of calls in view draw as a density, not as thousands of arrows.
    const columns: { x: number; cls: string; from: number; to: number; time: number }[] = []
    const lastX = new Map<string, number>()
    for (let i = first; i < last; i++) {
      const a = actions[i]!
      const r = route(a)
      const x = Math.round(xOf(scale, a.time) - x0)
      if (lastX.get(r.cls) === x) continue
      lastX.set(r.cls, x)
      columns.push({ x, cls: r.cls, from: r.from, to: r.to, time: a.time })
    }
    return { detail: null, columns }
    // `version` stands for the actions growing in place.
  }, [actions, version, from, to, scale, x0]) // eslint-disable-line react-hooks/exhaustive-deps
  const shown = inView.detail ? inView.detail.filter((a) => a.time <= now) : []
  const arrows = shown.map((a, i) => {
    const r = route(a)
    const x = X(a.time) + (i > 0 && shown[i - 1]!.time === a.time ? 3 : 0)
    const y1 = laneY(r.from)
    const y2 = laneY(r.to)
    const dir = y2 > y1 ? -1 : 1
    const poll = a.kind === 'ReceiveMessage' && a.since < a.time ? <line x1={X(a.since)} x2={x} y1={laneY(2)} y2={laneY(2)} className="sl-poll" /> : null
    return (
      <g key={i} className={`sl-arrow sl-${r.cls}`}>
        <title>{a.stepName ? t('{call} {result} at {time} ({step})', { call: a.kind, result: a.result, time: formatVirtual(a.time, scale.start), step: a.stepName }) : t('{call} {result} at {time}', { call: a.kind, result: a.result, time: formatVirtual(a.time, scale.start) })}</title>
        {poll}
        <line x1={x} x2={x} y1={y1} y2={y2 + dir * 4} />
        <path d={`M${x - 3.5} ${y2 + dir * 6}L${x} ${y2}L${x + 3.5} ${y2 + dir * 6}Z`} />
      </g>
    )
  })
  const paths = new Map<string, string>()
  let count = shown.length
  for (const c of inView.columns) {
    if (c.time > now) break
    count++
    paths.set(c.cls, `${paths.get(c.cls) ?? ''}M${c.x} ${laneY(c.from)}V${laneY(c.to)}`)
  }
  return (
    <div className="tl-swimlane" style={{ width: contentWidth, height }} role="img" aria-label={inView.detail ? t('Callback swimlane: {n} calls up to the current time', { n: count }) : t('Callback swimlane')}>
      <div className="tl-lane-labels" style={{ width: TIMELINE.labelWidth }}>
        {LANES.map((l) => (
          <div key={l} className="tl-lane-label" style={{ height: TIMELINE.laneHeight }}>{t(l)}</div>
        ))}
      </div>
      <svg className="tl-swim-svg" style={{ left: x0 + TIMELINE.labelWidth, width: viewWidth }} width={viewWidth} height={height} viewBox={`${TIMELINE.labelWidth} 0 ${viewWidth} ${height}`}>
        {LANES.map((l, i) => <line key={l} className="sl-lane" x1={TIMELINE.labelWidth} x2={TIMELINE.labelWidth + viewWidth} y1={laneY(i)} y2={laneY(i)} />)}
        {arrows}
        {[...paths].map(([cls, d]) => <path key={cls} className={`sl-bulk sl-${cls}`} d={d} />)}
      </svg>
    </div>
  )
})
