import { useMemo } from 'react'
import { indexSteps } from '../../store/indexSteps.ts'
import { transitionsOf } from '../../store/simulation/transitionsOf.ts'
import { useDesigner } from '../../store/Designer.ts'
import { buildDiagram } from '../canvas/diagram/buildDiagram.ts'
import { DIAGRAM_IDS } from '../canvas/diagram/Diagram.ts'
import { useSimulation } from './useSimulation.ts'
import { useTraceIndex } from './useTraceIndex.ts'

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
