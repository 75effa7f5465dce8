import { lazy, Suspense, useEffect, useState, useMemo, useRef, useContext } from 'react'
import { useT } from '../i18n/language.ts'
import { useSimulationApi, useSimulation, simulationFor, useTraceIndex } from './useSimulation.ts'
import { Splitter } from '../shell/Shell.tsx'
import type { Action } from '../../store/actions/Action.ts'
import { indexSteps } from '../../store/indexSteps.ts'
import { transitionsOf } from '../../store/simulation/stepVisualAt.ts'
import { useDesigner } from '../../store/Designer.ts'
import { buildDiagram } from '../canvas/diagram/buildDiagram.ts'
import { DIAGRAM_IDS } from '../canvas/diagram/Diagram.ts'
import { useReactFlow } from '@xyflow/react'
import { READABLE_ZOOM } from '../canvas/viewport.ts'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { DesignerState } from '../../store/DesignerState.ts'
import { createIdbKeyValueStore, createMemoryKeyValueStore } from '../../persist/KeyValueStore.ts'
import { createScenarioPersistence, type ScenarioPersistence as Persistence } from '../../store/simulation/createScenarioPersistence.ts'
import { FilesContext } from '../files/FilesContext.ts'

import './simulation.css'

/** The panel's code loads when the dock first opens, not with the designer. */
const SimulationPanel = lazy(() => import('./SimulationPanel.tsx').then((m) => ({ default: m.SimulationPanel })))

/**
 * Where the simulation view lives: a resizable dock across the bottom of the app, shown while `Simulate` has
 * it open. The canvas above stays live and shows each step's state at the time the timeline points to.
 */
export function SimulationDock() {
  const open = useSimulation((s) => s.open)
  const presenting = useSimulation((s) => s.presenting)
  const api = useSimulationApi()
  const t = useT()
  // Escape leaves presentation mode, unless something on top (a dialog, a menu) is open: Escape is theirs then.
  // Captured, so the canvas's own Escape (clear the selection) does not hide it.
  useEffect(() => {
    if (!presenting) return
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && document.querySelector('[role="dialog"], [role="alertdialog"], [role="menu"]') === null) api().setPresenting(false)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [presenting, api])
  const [height, setHeight] = useState(() => Math.round(Math.max(320, Math.min(560, window.innerHeight * 0.5))))
  if (!open) return null
  return (
    <div className="sim-dock" style={{ height }}>
      <Splitter label={t('Resize simulation')} orientation="horizontal" value={height} min={240} max={Math.max(300, window.innerHeight - 160)} sign={-1} onChange={setHeight} />
      <Suspense fallback={<p className="sim-loading" role="status">{t('Loading the simulator…')}</p>}>
        <SimulationPanel />
      </Suspense>
      <SimCanvasStyle />
    </div>
  )
}

/** The toolbar's `Simulate`: opens the simulation dock (or closes it when open). */
export const simulateAction: Action = {
  id: 'simulate',
  label: 'Simulate',
  enabled: () => true,
  run: ({ store }) => {
    const sim = simulationFor(store).getState()
    sim.setOpen(!sim.open)
  },
}

/**
 * `Mod+Enter` anywhere: run the simulation (opening its dock first), so Run is one key away however far focus
 * is from the Run button. The button's tooltip names the key.
 */
export const runSimulationAction: Action = {
  id: 'simulate.run',
  label: 'Run simulation',
  shortcut: ['Mod+Enter'],
  scope: 'global',
  enabled: () => true,
  run: ({ store }) => {
    const sim = simulationFor(store).getState()
    if (!sim.open) sim.setOpen(true)
    if (!sim.playing) sim.run()
  },
}

/**
 * `Present` (F on the canvas; Escape leaves): the canvas and the sequence view side by side, full window, in
 * larger type, with the run controls and the virtual clock: the callback choreography for a room to follow.
 */
export const presentAction: Action = {
  id: 'present',
  label: 'Present',
  shortcut: ['F'],
  scope: 'canvas',
  enabled: () => true,
  run: ({ store }) => {
    const sim = simulationFor(store).getState()
    sim.setPresenting(!sim.presenting)
  },
}

const attr = (value: string) => `"${CSS.escape(value)}"`

/**
 * Lights up the canvas at time `t` without touching its components: the edges travelled so far (the path
 * taken through choices, goto and catch jumps), the edge travelled last (animated), and the lanes of
 * branches, iterations and chosen choice branches that ran. A style sheet keyed on React Flow's `data-id`
 * attributes, which are the diagram's own node and edge ids.
 */
export function SimCanvasStyle() {
  const t = useSimulation((s) => s.t)
  const playing = useSimulation((s) => s.playing)
  const snap = useTraceIndex()
  const flow = useDesigner((s) => s.good.parsed.flow)
  const geometry = useMemo(() => {
    const paths = new Map<string, string>()
    const lanes = new Map<string, string>()
    for (const e of indexSteps(flow).values()) {
      paths.set(e.step.name, e.key)
      if (e.depth > 0) lanes.set(e.step.name, e.sequence.join('.'))
    }
    const edges = new Map<string, string>()
    for (const e of buildDiagram(flow).edges) if (!edges.has(`${e.source}>${e.target}`)) edges.set(`${e.source}>${e.target}`, e.id)
    return { paths, lanes, edges }
  }, [flow])
  const moves = useMemo(() => (snap.trace && snap.index ? transitionsOf(snap.index, snap.trace) : []), [snap])
  const firstStart = useMemo(() => {
    const out = new Map<string, number>()
    if (!snap.index) return out
    for (const [k, ids] of snap.index.spansOfStep) if (k.startsWith('0:')) out.set(k.slice(2), snap.index.spans[ids[0]!]!.start)
    return out
  }, [snap])
  // The element stays while the dock is open and only its text changes, and only when the rules do: adding or
  // removing a style sheet makes the browser re-match the styles of the whole page.
  if (!snap.trace) return <style />
  const node = (name: string) => (name === '' ? null : (geometry.paths.get(name) ?? null))
  const rules: string[] = []
  let current: { id: string; time: number } | null = null
  for (const m of moves) {
    if (m.first > t) continue
    const source = m.from === '' ? DIAGRAM_IDS.start : node(m.from)
    const target = m.to === '' ? DIAGRAM_IDS.end : node(m.to)
    // A step with `end: true` ends at its own end marker rather than the flow's End.
    const id = source && target ? (geometry.edges.get(`${source}>${target}`) ?? (m.to === '' ? geometry.edges.get(`${source}>${DIAGRAM_IDS.endMarker(source)}`) : undefined)) : undefined
    if (!id) continue
    rules.push(`.react-flow__edge[data-id=${attr(id)}] .react-flow__edge-path { stroke: var(--ok); stroke-width: 2.5; }`)
    const last = m.last <= t ? m.last : m.first
    if (!current || last >= current.time) current = { id, time: last }
  }
  // Animated only while playing: a running animation repaints the canvas on every frame.
  const travel = playing ? ' stroke-dasharray: 7 5; animation: sim-edge-travel 0.7s linear infinite;' : ''
  if (current) rules.push(`.react-flow__edge[data-id=${attr(current.id)}] .react-flow__edge-path { stroke: var(--accent); stroke-width: 3;${travel} }`)
  for (const [name, start] of firstStart) {
    const lane = geometry.lanes.get(name)
    if (start <= t && lane) rules.push(`.react-flow__node[data-id=${attr(lane)}] { box-shadow: inset 0 0 0 2px color-mix(in srgb, var(--ok) 55%, transparent); border-radius: 8px; }`)
  }
  return <style>{rules.join('\n')}</style>
}

/**
 * Mounted inside the canvas's `<ReactFlow>`: when the simulation dock opens or closes the canvas changes
 * size (as does presentation mode), so the whole flow is fitted again (once the new size is laid out) and stays in view while it runs.
 */
export function SimViewportFit() {
  const rf = useReactFlow()
  const open = useSimulation((s) => s.open)
  // Entering or leaving presentation mode resizes the canvas too; there the flow may be drawn larger than 1:1.
  const presenting = useSimulation((s) => s.presenting)
  // Only a change is a reason to fit: on mount the canvas fits the document itself, or a reload puts back the
  // user's own viewport (ViewportSync), and a fit here would race with either.
  const last = useRef({ open, presenting })
  useEffect(() => {
    if (last.current.open === open && last.current.presenting === presenting) return
    last.current = { open, presenting }
    let frame = requestAnimationFrame(() => {
      // Never below a readable size while the simulation shares the window (READABLE_ZOOM).
      frame = requestAnimationFrame(() => void rf.fitView({ padding: 0.12, maxZoom: presenting ? 1.6 : 1, minZoom: open ? READABLE_ZOOM : undefined }))
    })
    return () => cancelAnimationFrame(frame)
  }, [open, presenting, rf])
  return null
}

/** Stands in for the files session when the app runs without the files layer (then the name keys the scenario). */
const NO_SESSION = createStore<{ docId: string | null }>()(() => ({ docId: null }))
const persistences = new WeakMap<StoreApi<DesignerState>, Persistence>()

function persistenceFor(designer: StoreApi<DesignerState>): Persistence {
  let p = persistences.get(designer)
  if (!p) {
    // A database of its own: the documents database's object stores are fixed when it is created.
    const kv = typeof indexedDB === 'undefined' ? createMemoryKeyValueStore() : createIdbKeyValueStore('fdl-studio-simulation', 'scenarios')
    p = createScenarioPersistence(simulationFor(designer), kv, { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) })
    persistences.set(designer, p)
  }
  return p
}

/**
 * Keeps the simulation's input and scenario with the open document: saved as they change, put back when the
 * document is opened again (by its stored id, or by its name without the files layer). Renders nothing.
 */
export function ScenarioPersistence() {
  const designer = useDesigner()
  const files = useContext(FilesContext)
  const docId = useStore(files?.session.state ?? NO_SESSION, (s) => s.docId)
  const name = useDesigner((s) => s.documentName)
  const key = files ? docId : name
  useEffect(() => {
    void persistenceFor(designer.store).setDocument(key)
  }, [designer, key])
  useEffect(() => {
    const flush = () => void persistenceFor(designer.store).flush()
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [designer])
  return null
}
