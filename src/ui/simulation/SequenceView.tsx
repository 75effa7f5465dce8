import { useEffect, useMemo, useRef, useState, useId } from 'react'
import { msg } from '../../i18n/Message.ts'
import { sequenceOf, type SequenceArrow } from '../../store/simulation/sequenceOf.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useT } from '../i18n/language.ts'
import { formatVirtual, upperBound } from './timeScale.ts'
import { selectStepByName } from './Timeline.tsx'
import { useSimulation, useSimulationApi } from './useSimulation.ts'
import { useViewport } from './useViewport.ts'

/** Height of one arrow's row, px (larger in presentation mode): fixed, so only rows in view are drawn. */
const ROW = 34
const ROW_PRESENTING = 46
/** Rows drawn beyond the visible ones, so a fast scroll does not show blank rows. */
const OVERSCAN = 8
/** The time column left of the diagram, px (its CSS width plus room). */
const GUTTER = 64
const GUTTER_PRESENTING = 76
/** Caption font sizes, px (the stylesheet's), and the advance of a monospace character in em. */
const LABEL_PX = 11.5
const LABEL_PX_PRESENTING = 14.5
const MONO_ADVANCE = 0.61

/** The width of a caption in monospace advances: a CJK character takes about a whole em, not 0.61 of one. */
function advances(text: string): number {
  let n = 0
  for (const c of text) n += c.charCodeAt(0) >= 0x2e80 ? 1 / MONO_ADVANCE : 1
  return n
}

/** The worker lifeline the person plays: in the panel, or behind `fdl serve` (fixed messages, so the model is built once). */
const MANUAL = { local: msg('Your worker (fdl serve)'), panel: msg('You (manual worker)') }

/** One arrow across the lifelines: the line with its head, and its caption above it (already in the person's language). */
function ArrowRow({ id, arrow, label, columns, width, row, labelPx, current, start }: { id: string; arrow: SequenceArrow; label: string; columns: number; width: number; row: number; labelPx: number; current: boolean; start: number }) {
  const x = (i: number) => ((i + 0.5) * width) / columns
  const x1 = x(arrow.from)
  const x2 = x(arrow.to)
  const self = arrow.from === arrow.to
  const y = row - 9
  // The caption is centred over its arrow, as wide as the arrow or as its text needs (monospace, so the width
  // is known without measuring), kept inside the row; a note sits right of its loop.
  const need = advances(label) * labelPx * MONO_ADVANCE + 12
  const span = self ? Math.max(140, width - x1 - 24) : Math.min(width, Math.max(Math.abs(x2 - x1), need))
  const left = self ? x1 + 22 : Math.max(0, Math.min(width - span, (x1 + x2) / 2 - span / 2))
  const dir = x2 >= x1 ? 1 : -1
  return (
    <>
      <span className="seq-time" id={`${id}-time`}>{formatVirtual(arrow.time, start)}</span>
      {/* A space between time and call, so their text reads as two words (as the name does), not "0.000 sSendMessage". */}{' '}
      <span className="seq-diagram" style={{ width }}>
        <svg className="seq-svg" width={width} height={row} aria-hidden="true">
          {Array.from({ length: columns }, (_, i) => <line key={i} className="seq-life" x1={x(i)} x2={x(i)} y1={0} y2={row} />)}
          {self ? (
            <path className={`seq-line seq-${arrow.kind}`} d={`M${x1} ${y - 10}h18v10h-14`} fill="none" />
          ) : (
            <>
              <line className={`seq-line seq-${arrow.kind}`} x1={x1} x2={x2 - dir * 6} y1={y} y2={y} />
              <path className={`seq-head seq-${arrow.kind}`} d={`M${x2} ${y}l${-dir * 8} -4.5v9z`} />
            </>
          )}
        </svg>
        <span className={`seq-label${current ? ' current' : ''}`} id={`${id}-label`} style={{ left, width: span }}>
          {label}
        </span>
      </span>
    </>
  )
}

/**
 * The Sequence tab: the callback choreography as a sequence diagram, one lifeline for each execution of the
 * flow, each queue and each worker, and one arrow per call in time order (SendMessage, ReceiveMessage,
 * ReportTask…, DeleteMessage, visibility lapses, task timeouts). It follows the clock: arrows after `t` are not
 * drawn yet, the latest one is highlighted and kept in view. A click shows that moment and selects the step;
 * a hover shows the message.
 */
export function SequenceView() {
  const api = useSimulationApi()
  const designer = useDesigner()
  const trace = useSimulation((s) => s.trace)
  const version = useSimulation((s) => s.traceVersion)
  const now = useSimulation((s) => s.t)
  const t = useT()
  const rowId = useId()
  const manual = useSimulation((s) => (s.localServer ? MANUAL.local : MANUAL.panel))
  const presenting = useSimulation((s) => s.presenting)
  const ROW_H = presenting ? ROW_PRESENTING : ROW
  const gutter = presenting ? GUTTER_PRESENTING : GUTTER
  // `version` stands for the trace growing in place.
  const model = useMemo(() => (trace ? sequenceOf(trace, { manual }) : null), [trace, version, manual]) // eslint-disable-line react-hooks/exhaustive-deps
  const { ref, view, onScroll } = useViewport()
  const box = useRef<HTMLElement | null>(null)
  // Calls at the same virtual moment (a report and its delete) share one time: a click on one of them pins the
  // view to it, so the calls after it are not drawn yet although the clock cannot tell them apart.
  const [pinned, setPinned] = useState<number | null>(null)
  const atPin = pinned !== null && model?.arrows[pinned]?.time === now
  const count = !model ? 0 : atPin ? pinned + 1 : upperBound(model.arrows, now, (a) => a.time)
  const current = count - 1

  // The current arrow stays in view as the clock moves (unless it already is).
  useEffect(() => {
    const el = box.current
    if (!el || current < 0) return
    const top = current * ROW_H
    if (top < el.scrollTop) el.scrollTop = top
    else if (top + ROW_H > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_H - el.clientHeight
  }, [current, ROW_H])

  if (!model || !trace || model.lifelines.length === 0) {
    return <p className="empty-note">{t('Run the flow to see its calls here: the flow, each queue and each worker, and every message between them.')}</p>
  }
  const columns = model.lifelines.length
  const width = Math.max(320, view.width - gutter - 12)
  const first = Math.max(0, Math.floor(view.top / ROW_H) - OVERSCAN)
  const last = Math.min(count, Math.ceil((view.top + view.height) / ROW_H) + OVERSCAN)
  const show = (a: SequenceArrow, i: number) => {
    setPinned(i)
    api().pause()
    api().seek(a.time)
    if (a.stepName) selectStepByName(designer.store, a.stepName)
  }
  return (
    <div className="seq-view">
      <div className="seq-heads" style={{ width: width + gutter, paddingLeft: gutter }} role="group" aria-label={t('Lifelines')}>
        {model.lifelines.map((l) => (
          <span key={l.id} className={`seq-head-label seq-${l.kind}`} style={{ width: `${100 / columns}%` }} title={t.message(l.label)}>
            {t.message(l.label)}
          </span>
        ))}
      </div>
      <div
        className="seq-scroll"
        ref={(el) => {
          box.current = el
          ref(el)
        }}
        onScroll={onScroll}
      >
        <ol className="seq-list" aria-label={t('Sequence of calls')} style={{ height: Math.max(count, 1) * ROW_H }}>
          {model.arrows.slice(first, last).map((a, k) => {
            const i = first + k
            const label = t.message(a.label)
            return (
              <li key={i} className={`seq-row${i === current ? ' current' : ''}`} style={{ top: i * ROW_H, height: ROW_H }} aria-current={i === current ? 'step' : undefined}>
                <button
                  type="button"
                  className="seq-hit"
                  // Named by exactly what it shows (time, then the call), described by its step.
                  aria-labelledby={`${rowId}-${i}-time ${rowId}-${i}-label`}
                  aria-describedby={a.stepName ? `${rowId}-${i}-step` : undefined}
                  title={a.body !== null ? t('{label}\n\nMessage body:\n{body}', { label, body: a.body }) : label}
                  onClick={() => show(a, i)}
                >
                  <ArrowRow id={`${rowId}-${i}`} arrow={a} label={label} columns={columns} width={width} row={ROW_H} labelPx={presenting ? LABEL_PX_PRESENTING : LABEL_PX} current={i === current} start={trace.startTime} />
                </button>
                {a.stepName ? <span hidden id={`${rowId}-${i}-step`}>{t('Step {step}', { step: a.stepName })}</span> : null}
              </li>
            )
          })}
        </ol>
        {count < model.arrows.length ? <p className="seq-more">{model.arrows.length - count === 1 ? t('1 later call not shown yet') : t('{n} later calls not shown yet', { n: model.arrows.length - count })}</p> : null}
      </div>
    </div>
  )
}
