import { Background, ControlButton, Controls, getNodesBounds, MiniMap, ReactFlow, ReactFlowProvider, useReactFlow, useStore, type AriaLabelConfig, type Node, type NodeChange, type Viewport, type XYPosition } from '@xyflow/react'
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { useDesigner } from '../../store/Designer.ts'
import { ViewportSync, useDrawAll, useFirstDocumentChosen, usePendingViewport } from '../files/ViewportSync.tsx'
import { SimViewportFit } from '../simulation/SimulationDock.tsx'
import { canvasPaint } from '../canvasPaint.ts'
import { useT, type Translate } from '../i18n/language.ts'
import { DropIndicator } from './DropIndicator.tsx'
import { buildDropGeometry } from './drop/dropGeometry.ts'
import { nodeTypes } from './nodes/nodeTypes.ts'
import { projectFlow } from './projectFlow.ts'
import { selectionFromChanges } from './canvasChanges.ts'
import { useCanvasDrop } from './useCanvasDrop.ts'
import { useCanvasViewport, READABLE_ZOOM, openingViewport, useAutoFit, useOpenToSelection } from './viewport.ts'
import { useSimulation } from '../simulation/useSimulation.ts'
import { useShownDiagram } from './useShownDiagram.ts'
import { CanvasPrerender } from '../prerender/CanvasPrerender.ts'
import { dropPrerendered } from '../prerender/prerendered.ts'
import { useStableNodes } from './useStableNodes.ts'
import type { Layout } from './layout/layoutDiagram.ts'

const NO_PROJECTION = { nodes: [], edges: [] }
const MINIMAP_SIZE = { width: 168, height: 112 }
/** Where the mini map's shown / hidden choice is remembered (it is the user's, for every document). */
const MINIMAP_KEY = 'fdl-studio.minimap'

/** The user's choice for the mini map: shown or hidden, or left to the canvas (`auto`, until they choose). */
type MiniMapChoice = 'auto' | 'shown' | 'hidden'

function readMiniMapChoice(): MiniMapChoice {
  try {
    const stored = localStorage.getItem(MINIMAP_KEY)
    return stored === 'hidden' || stored === 'shown' ? stored : 'auto'
  } catch {
    return 'auto'
  }
}

/** Below this pane size the mini map would cover much of the flow it maps; on `auto` it stays away. */
const MINIMAP_MIN_PANE = { width: 560, height: 380 }

/** The box around every laid-out node, in flow coordinates (the origin included). */
function flowBounds(layout: Layout | undefined): { x0: number; y0: number; x1: number; y1: number } | null {
  if (!layout) return null
  let [x0, y0, x1, y1] = [0, 0, 0, 0]
  for (const b of layout.boxes.values()) {
    x0 = Math.min(x0, b.x)
    y0 = Math.min(y0, b.y)
    x1 = Math.max(x1, b.x + b.width)
    y1 = Math.max(y1, b.y + b.height)
  }
  return { x0, y0, x1, y1 }
}

/**
 * The zoom that shows the whole flow at once: at most 10%, less for a flow that does not fit at 10% (Fit View
 * would otherwise stop there with a 300-step flow still running off the edges).
 */
function minZoomFor(layout: Layout | undefined, width: number, height: number): number {
  const bounds = flowBounds(layout)
  if (!bounds || width === 0 || height === 0) return 0.1
  const { x0, y0, x1, y1 } = bounds
  const fit = 0.9 * Math.min(width / Math.max(1, x1 - x0), height / Math.max(1, y1 - y0))
  return Math.max(0.002, Math.min(0.1, fit))
}

/**
 * Below this zoom (a quarter of full size) a step cannot be moved: boxes are a few pixels tall and the drop line is a hairline, so a
 * drag there is far more often an attempt to pan (issue 18: a pan at 10% moved a parallel into a choice).
 * Steps then pan like the background; zooming in makes them movable again.
 */
export const MOVE_MIN_ZOOM = 0.25
/** As close as the canvas zooms in: steps at twice their size. */
const MAX_ZOOM = 2
/** Screen pixels a pointer must travel on a step before it counts as a drag, so a click never nudges a step. */
const DRAG_THRESHOLD = 5

/**
 * React Flow's own words (zoom buttons, the controls panel, screen reader hints) in the UI language. The
 * live message for moving a node with the arrow keys is left out: keyboard moves are off (disableKeyboardA11y).
 */
function reactFlowLabels(t: Translate): Partial<AriaLabelConfig> {
  return {
    'node.a11yDescription.default': t('Press enter or space to select a node. Press delete to remove it and escape to cancel.'),
    'node.a11yDescription.keyboardDisabled': t('Press enter or space to select a node. You can then use the arrow keys to move the node around. Press delete to remove it and escape to cancel.'),
    'edge.a11yDescription.default': t('Press enter or space to select an edge. You can then press delete to remove it or escape to cancel.'),
    'controls.ariaLabel': t('Control Panel'),
    'controls.zoomIn.ariaLabel': t('Zoom In'),
    'controls.zoomOut.ariaLabel': t('Zoom Out'),
    'controls.fitView.ariaLabel': t('Fit View'),
    'controls.interactive.ariaLabel': t('Toggle Interactivity'),
    'minimap.ariaLabel': t('Mini Map'),
    'handle.ariaLabel': t('Handle'),
  }
}

const miniMapColor = (n: Node) => (n.type === 'lane' ? 'transparent' : n.type === 'container' ? 'var(--minimap-container)' : 'var(--minimap-node)')

/**
 * The React Flow canvas: a projection of the last good model, selection mirrored from the store, node drags
 * and palette drops turned into commands. Node positions only ever come from the layout; a drag moves boxes
 * locally until it ends. `data-steps` on the wrapper counts the steps drawn (the benchmark waits on it).
 */
export function FlowCanvas() {
  const { store } = useDesigner()
  const t = useT()
  const ariaLabelConfig = useMemo(() => reactFlowLabels(t), [t])
  const { shown, layoutError } = useShownDiagram()
  const editable = useDesigner((s) => s.analysis.blocker === null)
  const selection = useDesigner((s) => s.selection)
  // A large flow draws only what is on screen, except while an image export needs every step.
  const drawAll = useDrawAll()
  const selectedKeys = useMemo(() => new Set(selection.map(pathKey)), [selection])
  // Node names and edge labels are strings React Flow draws itself: projected in the UI language.
  const projection = useMemo(() => (shown ? projectFlow(shown, shown.layout, shown.diagram, t.message) : NO_PROJECTION), [shown, t])
  const geometry = useMemo(() => (shown ? buildDropGeometry(shown.diagram, shown.layout) : null), [shown])
  const stable = useStableNodes(projection.nodes, selectedKeys)
  const [dragged, setDragged] = useState<ReadonlyMap<string, XYPosition> | null>(null)
  const nodes = useMemo(() => (dragged ? stable.map((n) => (dragged.has(n.id) ? { ...n, position: dragged.get(n.id)! } : n)) : stable), [stable, dragged])
  const drop = useCanvasDrop(geometry, editable)
  const paneWidth = useStore((s) => s.width)
  const paneHeight = useStore((s) => s.height)
  const fitAllZoom = useMemo(() => minZoomFor(shown?.layout, paneWidth, paneHeight), [shown, paneWidth, paneHeight])
  // Below 10% only after Fit View asked for it: wheeling out that far draws thousands of unreadable boxes at once,
  // so it is not where an ordinary zoom-out should end up.
  const [deepZoom, setDeepZoom] = useState(false)
  const minZoom = deepZoom ? fitAllZoom : 0.1
  const rf = useReactFlow()
  // A boolean selector: the canvas draws again when the zoom crosses the line, not on every zoom step.
  const movable = useStore((s) => s.transform[2] >= MOVE_MIN_ZOOM)
  const fitAll = () => {
    setDeepZoom(fitAllZoom < 0.1)
    autoFit.onFitView()
    void rf.fitView({ padding: 0.12, maxZoom: 1, minZoom: fitAllZoom })
  }
  // The mini map is for finding your way in a flow bigger than the view: left to itself it stays away while the
  // whole flow is in view or the pane is small. Once the user shows or hides it, that is what it does.
  const [miniMapChoice, setMiniMapChoice] = useState(readMiniMapChoice)
  const bounds = useMemo(() => flowBounds(shown?.layout), [shown])
  const allInView = useStore((s) => {
    if (!bounds) return true
    const [x, y, z] = s.transform
    return x + bounds.x0 * z >= -1 && y + bounds.y0 * z >= -1 && x + bounds.x1 * z <= s.width + 1 && y + bounds.y1 * z <= s.height + 1
  })
  const small = paneWidth < MINIMAP_MIN_PANE.width || paneHeight < MINIMAP_MIN_PANE.height
  const miniMap = miniMapChoice === 'shown' || (miniMapChoice === 'auto' && !allInView && !small)
  const toggleMiniMap = () => {
    const next = miniMap ? 'hidden' : 'shown'
    setMiniMapChoice(next)
    try {
      localStorage.setItem(MINIMAP_KEY, next)
    } catch {
      // Storage refused: the choice lasts for this page.
    }
  }
  // While the simulation shares the window, the canvas keeps steps readable rather than fitting all of them.
  const simulating = useSimulation((s) => s.open)
  const autoFit = useAutoFit(simulating ? READABLE_ZOOM : 0.1)
  const pendingViewport = usePendingViewport()
  const documentChosen = useFirstDocumentChosen()
  useCanvasViewport(shown, autoFit, { chosen: documentChosen, restoring: pendingViewport !== null })
  useOpenToSelection()
  useEffect(() => {
    const s = store.getState()
    if (shown && s.revision > 0 && shown.flow === s.good.parsed.flow) requestAnimationFrame(() => setTimeout(canvasPaint.mark, 0))
  }, [shown, store])

  // React Flow mounts once the pane's size is measured, before the first paint, and opens on the flow already fitted
  // (or where a restored document was left): no frame of an empty canvas, and none with the steps at the top left
  // before the load's fit moves them there.
  const wrapper = useRef<HTMLDivElement>(null)
  // Rendered to HTML at build time, nothing can be measured: the flow is drawn at the origin, full size, and the
  // page's inline script moves it to the fit for the pane the browser lays out (ui/prerender/).
  const prerender = useContext(CanvasPrerender)
  const [opening, setOpening] = useState<Viewport | null>(() => (prerender ? { x: 0, y: 0, zoom: 1 } : null))
  useLayoutEffect(() => {
    if (opening || !documentChosen || !wrapper.current) return
    const { width, height } = wrapper.current.getBoundingClientRect()
    setOpening(pendingViewport ?? openingViewport(nodes, width, height))
  }, [opening, documentChosen, nodes, pendingViewport])
  // The prerendered picture of this canvas goes in the commit that draws the canvas itself: no frame shows neither.
  useLayoutEffect(() => {
    if (opening) dropPrerendered()
  }, [opening])

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

  const flow = (
    <ReactFlow
      defaultViewport={opening ?? undefined}
      nodes={nodes}
      edges={projection.edges as never[]}
      nodeTypes={nodeTypes}
      onNodesChange={onNodesChange}
      onNodeDrag={drop.onNodeDrag}
      onNodeDragStop={(e, node, dragged) => {
        drop.onNodeDragStop(e, node, dragged)
        setDragged(null)
      }}
      nodesDraggable={editable && movable}
      nodeDragThreshold={DRAG_THRESHOLD}
      nodeClickDistance={DRAG_THRESHOLD}
      nodesConnectable={false}
      edgesFocusable={false}
      elementsSelectable
      deleteKeyCode={null}
      disableKeyboardA11y
      selectNodesOnDrag
      minZoom={minZoom}
      onMove={autoFit.onMove}
      onMoveEnd={autoFit.onMoveEnd}
      maxZoom={2}
      onlyRenderVisibleElements={nodes.length > 150 && !drawAll}
      colorMode="system"
      attributionPosition="top-right"
      aria-label={t('Flow diagram')}
      ariaLabelConfig={ariaLabelConfig}
    >
      <Background gap={20} size={1.2} color="var(--canvas-dot)" />
      <Controls showInteractive={false} showFitView={false} position="bottom-left">
        <ControlButton onClick={fitAll} aria-label={t('Fit View')} title={t('Fit View: the whole flow')}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" fill="none" stroke="currentColor" strokeWidth="1.8" /></svg>
        </ControlButton>
        <ControlButton onClick={toggleMiniMap} aria-label={miniMap ? t('Hide mini map') : t('Show mini map')} title={miniMap ? t('Hide mini map') : t('Show mini map')}>
          <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 6l6-2 6 2 6-2v14l-6 2-6-2-6 2zM9 4v14M15 6v14" fill="none" stroke="currentColor" strokeWidth="1.8" /></svg>
        </ControlButton>
      </Controls>
      {miniMap ? <MiniMap pannable zoomable position="bottom-right" nodeColor={miniMapColor} nodeStrokeWidth={0} ariaLabel={t('Mini map')} style={MINIMAP_SIZE} /> : null}
      {layoutError && (
        <div className="canvas-error" role="alert" aria-label={t('Diagram error')}>
          {t.message(layoutError)}
        </div>
      )}
      <DropIndicator target={drop.target} />
      <ViewportSync />
      <SimViewportFit />
    </ReactFlow>
  )

  return (
    <div ref={wrapper} className={`flow-wrapper${editable && !movable ? ' too-small-to-move' : ''}`} data-steps={opening ? projection.nodes.filter((n) => n.ariaLabel).length : 0} data-columns={shown?.layout.columns ?? 1} data-fit-bounds={prerender && nodes.length > 0 ? JSON.stringify(getNodesBounds(nodes)) : undefined} onDragOver={drop.onDragOver} onDragLeave={drop.onDragLeave} onDrop={drop.onDrop}>
      {opening && !prerender ? flow : null}
      {opening && prerender ? (
        // Rendered to HTML, React Flow draws from its store's initial state (in the browser, the canvas pane's
        // provider is filled by effects): a store of its own, made from these nodes, at the origin and full size. The
        // inline script moves the picture's flow to the fit for the pane the browser lays out.
        <ReactFlowProvider initialNodes={nodes} initialEdges={projection.edges as never[]} initialWidth={prerender.width} initialHeight={prerender.height} initialMinZoom={minZoom} initialMaxZoom={MAX_ZOOM}>
          {flow}
        </ReactFlowProvider>
      ) : null}
    </div>
  )
}
