import { Background, Controls, MiniMap, ReactFlow, type Node, type NodeChange, type XYPosition } from '@xyflow/react'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import { pathKey } from '../../store/pathKey.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import { ViewportSync } from '../files/ViewportSync.tsx'
import { SimViewportFit } from '../simulation/SimViewportFit.tsx'
import { canvasPaint } from '../canvasPaint.ts'
import { DropIndicator } from './DropIndicator.tsx'
import { buildDropGeometry } from './drop/buildDropGeometry.ts'
import { nodeTypes } from './nodes/nodeTypes.ts'
import { projectFlow } from './projectFlow.ts'
import { selectionFromChanges } from './selectionFromChanges.ts'
import { useDrawAll } from '../files/useDrawAll.ts'
import { useCanvasDrop } from './useCanvasDrop.ts'
import { useCanvasViewport } from './useCanvasViewport.ts'
import { useShownDiagram } from './useShownDiagram.ts'
import { useStableNodes } from './useStableNodes.ts'

const NO_PROJECTION = { nodes: [], edges: [] }
const MINIMAP_SIZE = { width: 168, height: 112 }
const miniMapColor = (n: Node) => (n.type === 'lane' ? 'transparent' : n.type === 'container' ? 'var(--minimap-container)' : 'var(--minimap-node)')

/**
 * The React Flow canvas: a projection of the last good model, selection mirrored from the store, node drags
 * and palette drops turned into commands. Node positions only ever come from the layout; a drag moves boxes
 * locally until it ends. `data-steps` on the wrapper counts the steps drawn (the benchmark waits on it).
 */
export function FlowCanvas() {
  const { store } = useDesigner()
  const { shown, layoutError } = useShownDiagram()
  const editable = useDesigner((s) => s.analysis.blocker === null)
  const selection = useDesigner((s) => s.selection)
  // A large flow draws only what is on screen, except while an image export needs every step.
  const drawAll = useDrawAll()
  const selectedKeys = useMemo(() => new Set(selection.map(pathKey)), [selection])
  const projection = useMemo(() => (shown ? projectFlow(shown, shown.layout, shown.diagram) : NO_PROJECTION), [shown])
  const geometry = useMemo(() => (shown ? buildDropGeometry(shown.diagram, shown.layout) : null), [shown])
  const stable = useStableNodes(projection.nodes, selectedKeys)
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null)
  const nodes = useMemo(() => (dragged ? stable.map((n) => (dragged.has(n.id) ? { ...n, position: dragged.get(n.id)! } : n)) : stable), [stable, dragged])
  const drop = useCanvasDrop(geometry, editable)
  useCanvasViewport(shown)
  useEffect(() => {
    const s = store.getState()
    if (shown && s.revision > 0 && shown.flow === s.good.parsed.flow) requestAnimationFrame(() => setTimeout(canvasPaint.mark, 0))
  }, [shown, store])

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const moved = changes.filter((c) => c.type === 'position' && c.position)
      if (moved.length > 0) {
        setDragged((d) => {
          const next = new Map(d ?? [])
          for (const c of moved) if (c.type === 'position' && c.position) next.set(c.id, c.position)
          return next
        })
      }
      const keys = selectionFromChanges(changes, new Set(store.getState().selection.map(pathKey)))
      if (!keys) return
      const paths = projection.nodes.filter((n) => keys.has(n.id)).map((n) => (n.data as { path: JsonPath }).path)
      store.getState().select(paths, 'canvas')
    },
    [store, projection],
  )

  return (
    <div className="flow-wrapper" data-steps={projection.nodes.filter((n) => n.ariaLabel).length} data-columns={shown?.layout.columns ?? 1} onDragOver={drop.onDragOver} onDragLeave={drop.onDragLeave} onDrop={drop.onDrop}>
      <ReactFlow
        nodes={nodes}
        edges={projection.edges as never[]}
        nodeTypes={nodeTypes}
        onNodesChange={onNodesChange}
        onNodeDrag={drop.onNodeDrag}
        onNodeDragStop={(e, node, dragged) => {
          drop.onNodeDragStop(e, node, dragged)
          setDragged(null)
        }}
        nodesDraggable={editable}
        nodesConnectable={false}
        edgesFocusable={false}
        elementsSelectable
        deleteKeyCode={null}
        disableKeyboardA11y
        selectNodesOnDrag
        minZoom={0.1}
        maxZoom={2}
        onlyRenderVisibleElements={nodes.length > 150 && !drawAll}
        colorMode="system"
        attributionPosition="top-right"
        aria-label="Flow diagram"
      >
        <Background gap={20} size={1.2} color="var(--canvas-dot)" />
        <Controls showInteractive={false} position="bottom-left" />
        <MiniMap pannable zoomable position="bottom-right" nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel="Mini map" style={MINIMAP_SIZE} />
        {layoutError && (
          <div className="canvas-error" role="alert" aria-label="Diagram error">
            {layoutError}
          </div>
        )}
        <DropIndicator target={drop.target} />
        <ViewportSync />
        <SimViewportFit />
      </ReactFlow>
    </div>
  )
}
