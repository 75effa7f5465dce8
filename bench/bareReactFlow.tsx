// The benchmark's baseline: plain React Flow with default nodes and edges, none of the designer's features
// (no parsing, layout, projection, memoised custom nodes or store). Bundled by bench/designer.bench.mjs with
// esbuild into the benchmark's build folder as bare.html; never part of the app.
import { ReactFlow, type Edge, type Node } from '@xyflow/react'
import '@xyflow/react/dist/style.css'
import { useEffect, useState } from 'react'
import { createRoot } from 'react-dom/client'

/** What the benchmark calls on `window.__bare`. */
interface BareHooks {
  show(count: number): void
}

/** A column of `count` default nodes chained by edges, spaced like the designer's steps. */
function graph(count: number): { nodes: Node[]; edges: Edge[] } {
  const nodes: Node[] = Array.from({ length: count }, (_, i) => ({ id: `n${i}`, position: { x: 0, y: i * 92 }, data: { label: `Step ${i + 1}` }, width: 248, height: 56 }))
  const edges: Edge[] = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: `n${i}`, target: n.id }))
  return { nodes, edges }
}

function Bare() {
  // `?show=N` draws N nodes from the first render: the first-load baseline (navigation to painted nodes).
  const [g, setG] = useState<{ nodes: Node[]; edges: Edge[] }>(() => graph(Number(new URLSearchParams(location.search).get('show') ?? 0)))
  useEffect(() => {
    ;(window as unknown as { __bare: BareHooks }).__bare = { show: (count) => setG(graph(count)) }
  }, [])
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <ReactFlow nodes={g.nodes} edges={g.edges} fitView minZoom={0.1} />
    </div>
  )
}

createRoot(document.getElementById('root')!).render(<Bare />)
