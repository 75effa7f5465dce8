import { useDesigner } from '../../store/Designer.ts'
import { CanvasPane } from '../canvas/CanvasPane.tsx'
import { CodePane } from '../code/CodePane.tsx'
import { DeployLayer } from '../deploy/DeployLayer.tsx'
import { PalettePane } from '../palette/PalettePane.tsx'
import { ProblemsPanel } from '../problems/ProblemsPanel.tsx'
import { ScenarioPersistence, SimulationDock } from '../simulation/SimulationDock.tsx'
import { useSimulation } from '../simulation/useSimulation.ts'
import { useT } from '../i18n/language.ts'
import { Icon, Toolbar } from './Toolbar.tsx'
import { useKeyBindings } from './createBrowserEnv.ts'
import type { KeyboardEvent, PointerEvent } from 'react'
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import type { EditCommand } from '../../fdl/edit/EditCommand.ts'

// The inspector's forms load after the first paint (about a sixth of the app's own code): the canvas is what a
// person looks at first, and the pane keeps its place and name while they load.
const Inspector = lazy(() => import('../inspector/Inspector.tsx').then((m) => ({ default: m.Inspector })))

/**
 * The designer's frame: toolbar; palette | canvas and code (Design / Split / Code) over problems | inspector.
 * Canvas and code stay mounted when hidden so switching views keeps zoom, cursor and scroll.
 */
export function Shell() {
  const designer = useDesigner()
  const t = useT()
  useKeyBindings(designer)
  const view = useDesigner((s) => s.view)
  // Pane sizes belong to the document (kept with it by autosave), so they live in the store.
  const layout = useDesigner((s) => s.panes)
  const patch = useDesigner((s) => s.setPanes)
  // Presentation mode keeps every pane mounted (nothing is lost) and lets the stylesheet hide all but two.
  const presenting = useSimulation((s) => s.presenting)
  // An empty Problems pane is one line: no height of its own, no splitter, more room for the canvas.
  const noProblems = useDesigner((s) => s.analysis.diagnostics.length === 0)
  const problemsSized = layout.problemsOpen && !noProblems
  const painted = useFirstPaintDone()
  return (
    <div className={`app${presenting ? ' presenting' : ''}`}>
      {painted ? <Toolbar /> : <header className="toolbar" />}
      <div className={`workspace view-${view}`}>
        {view === 'code' ? null : layout.paletteOpen ? (
          <>
            <div className="side left" style={{ width: layout.palette }}>
              {painted ? <PalettePane onCollapse={() => patch({ paletteOpen: false })} /> : null}
            </div>
            <Splitter label={t('Resize palette')} orientation="vertical" value={layout.palette} min={180} max={360} sign={1} onChange={(palette) => patch({ palette })} />
          </>
        ) : (
          <div className="rail left">
            <button type="button" className="icon-button" aria-label={t('Expand palette')} title={t('Expand palette')} onClick={() => patch({ paletteOpen: true })}>
              <Icon name="right" />
            </button>
          </div>
        )}
        <main className="center">
          <div className="main-row">
            <div className="canvas-slot" hidden={view === 'code'}>
              <CanvasPane />
            </div>
            {view === 'split' ? (
              <Splitter label={t('Resize code pane')} orientation="vertical" value={layout.code} min={280} max={900} sign={-1} onChange={(code) => patch({ code })} />
            ) : null}
            <div className="code-slot" hidden={view === 'design'} style={view === 'split' ? { width: layout.code } : undefined}>
              <CodePane />
            </div>
          </div>
          {problemsSized ? (
            <Splitter label={t('Resize problems')} orientation="horizontal" value={layout.problems} min={80} max={480} sign={-1} onChange={(problems) => patch({ problems })} />
          ) : null}
          <div className="problems-slot" style={problemsSized ? { height: layout.problems } : undefined}>
            <ProblemsPanel collapsed={!layout.problemsOpen} onToggle={() => patch({ problemsOpen: !layout.problemsOpen })} />
          </div>
        </main>
        {layout.inspectorOpen ? (
          <>
            <Splitter label={t('Resize inspector')} orientation="vertical" value={layout.inspector} min={260} max={560} sign={-1} onChange={(inspector) => patch({ inspector })} />
            <div className="side right" style={{ width: layout.inspector }}>
              <div className="side-tools">
                <button type="button" className="icon-button" aria-label={t('Collapse inspector')} title={t('Collapse inspector')} onClick={() => patch({ inspectorOpen: false })}>
                  <Icon name="right" />
                </button>
              </div>
              {painted ? <InspectorPane /> : <InspectorLoading />}
            </div>
          </>
        ) : (
          <div className="rail right">
            <button type="button" className="icon-button" aria-label={t('Expand inspector')} title={t('Expand inspector')} onClick={() => patch({ inspectorOpen: true })}>
              <Icon name="left" />
            </button>
          </div>
        )}
      </div>
      {painted ? <SimulationDock /> : null}
      {/* From the first render, unlike the dock: it clears the last document's simulation as this one opens. */}
      <ScenarioPersistence />
      <DeployLayer />
    </div>
  )
}

/**
 * False in the first render, true from the task after the first paint. The canvas is what a first load is for, so it
 * paints alone (with the code pane) and the toolbar, palette, inspector and simulation dock fill in one frame later.
 * Nothing they hold is state: the keyboard bindings, autosave and the scenario's persistence run from the start.
 * They are most of the code a first render runs for the first time, and the inspector's lazy import inserts its
 * stylesheet, which cost the first render another 25 ms. Their boxes keep their sizes from the start (the toolbar's
 * height is the stylesheet's, the side panes' widths the layout's), so the canvas neither moves nor refits when they
 * appear (e2e/canvas-fit.spec.ts checks every frame). In a tab opened in the background they render at once.
 */
function useFirstPaintDone(): boolean {
  // A tab opened in the background paints nothing and runs no frame callbacks until it is shown: there is no first
  // paint to let go first, and waiting would leave it showing empty panes for a frame when the person switches to it.
  // No document when rendered to HTML at build time (ui/prerender/): that is the first frame, so not done.
  const [done, setDone] = useState(() => typeof document !== 'undefined' && document.visibilityState === 'hidden')
  useEffect(() => {
    if (done) return
    let timer = 0
    // A frame callback runs just before a paint; the timeout it starts runs after it.
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setDone(true), 0)))
    return () => {
      cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
  }, [done])
  return done
}

/** Props of {@link Splitter}: `sign` says which way dragging right / down changes the size. */
export interface SplitterProps {
  readonly label: string
  readonly orientation: 'vertical' | 'horizontal'
  readonly value: number
  readonly min: number
  readonly max: number
  readonly sign: 1 | -1
  readonly onChange: (value: number) => void
}

/**
 * A pane resizer (WAI-ARIA window splitter): drag it with the pointer, or focus it and use the arrow keys
 * (Shift for bigger steps), Home / End for the limits.
 */
export function Splitter({ label, orientation, value, min, max, sign, onChange }: SplitterProps) {
  const clamp = (v: number) => Math.round(Math.min(max, Math.max(min, v)))
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    e.preventDefault()
    const el = e.currentTarget
    el.setPointerCapture(e.pointerId)
    const start = orientation === 'vertical' ? e.clientX : e.clientY
    const move = (m: globalThis.PointerEvent) => {
      const now = orientation === 'vertical' ? m.clientX : m.clientY
      onChange(clamp(value + sign * (now - start)))
    }
    const up = () => {
      el.removeEventListener('pointermove', move)
      el.removeEventListener('pointerup', up)
    }
    el.addEventListener('pointermove', move)
    el.addEventListener('pointerup', up)
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const step = e.shiftKey ? 64 : 16
    const grow = orientation === 'vertical' ? { ArrowRight: 1, ArrowLeft: -1 } : { ArrowDown: 1, ArrowUp: -1 }
    const dir = grow[e.key as keyof typeof grow]
    if (dir !== undefined) onChange(clamp(value + sign * dir * step))
    else if (e.key === 'Home') onChange(min)
    else if (e.key === 'End') onChange(max)
    else return
    e.preventDefault()
  }
  return (
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`splitter ${orientation}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}

/** The inspector's place while its code loads (it starts loading after the first paint). */
function InspectorLoading() {
  const t = useT()
  return <aside aria-label={t('Inspector')} aria-busy="true" className="inspector" />
}

/** Mounts the inspector with the InspectorProps contract: last good parse, selection, the form dispatcher. */
export function InspectorPane() {
  const parsed = useDesigner((s) => s.good.parsed)
  const selectedPath = useDesigner((s) => (s.selection.length === 1 ? (s.selection[0] ?? null) : null))
  const selectedPaths = useDesigner((s) => s.selection)
  const readOnly = useDesigner((s) => s.analysis.blocker !== null)
  const dispatchEvent = useDesigner((s) => s.dispatch)
  const dispatch = useCallback(
    (command: EditCommand, options?: { readonly group?: string }) => void dispatchEvent({ origin: 'form', command, group: options?.group }),
    [dispatchEvent],
  )
  // The sample input is the simulation's execution input: edited in either place, it is the same value.
  const sampleInput = useSimulation((s) => s.inputValue)
  const setSampleInput = useSimulation((s) => s.setInputValue)
  return (
    <Suspense fallback={<InspectorLoading />}>
      <Inspector parsed={parsed} selectedPath={selectedPath} selectedPaths={selectedPaths} dispatch={dispatch} sampleInput={sampleInput} onSampleInputChange={setSampleInput} readOnly={readOnly} />
    </Suspense>
  )
}
