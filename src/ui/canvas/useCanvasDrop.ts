import type { Node } from '@xyflow/react'
import { useReactFlow } from '@xyflow/react'
import { useState, type DragEvent } from 'react'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { PaletteKind } from '../../fdl/templates/newStep.ts'
import { useDesigner } from '../../store/Designer.ts'
import { insertPaletteStep, PALETTE_MIME } from '../palette/paletteItems.ts'
import type { DropGeometry, DropTarget } from './drop/dropGeometry.ts'
import { findDropTarget } from './drop/dropGeometry.ts'
import { moveCommand } from './canvasChanges.ts'

/** The palette kind a drag carries, readable during dragover (only types are visible then, not data). */
function draggedKind(e: DragEvent): PaletteKind | null {
  const marker = e.dataTransfer.types.find((t) => t.startsWith(`${PALETTE_MIME}+`))
  return marker ? (marker.slice(PALETTE_MIME.length + 1) as PaletteKind) : e.dataTransfer.types.includes(PALETTE_MIME) ? 'pass' : null
}

/** The pointer position of a mouse or touch event in client coordinates, or null when it is off the canvas. */
function pointOnCanvas(e: MouseEvent | TouchEvent): { x: number; y: number } | null {
  const t = 'clientX' in e ? e : e.changedTouches[0]
  const pane = document.querySelector('.flow-wrapper')?.getBoundingClientRect()
  if (!t || !pane) return null
  const inside = t.clientX >= pane.left && t.clientX <= pane.right && t.clientY >= pane.top && t.clientY <= pane.bottom
  return inside ? { x: t.clientX, y: t.clientY } : null
}

/**
 * Drag and drop on the canvas: palette items (HTML drag and drop) insert a step, dragged nodes move (all the
 * selected ones when several are). Both
 * show the insertion line while dragging and commit exactly one command on drop; a drop where nothing would
 * change, or an aborted drag, commits nothing.
 */
export function useCanvasDrop(geometry: DropGeometry | null, editable: boolean) {
  const { store } = useDesigner()
  const rf = useReactFlow()
  const [target, setTarget] = useState<DropTarget | null>(null)
  const at = (clientX: number, clientY: number, exclude?: readonly string[]) =>
    geometry ? findDropTarget(geometry, rf.screenToFlowPosition({ x: clientX, y: clientY }), exclude) : null

  const onDragOver = (e: DragEvent) => {
    if (draggedKind(e) === null) return
    e.preventDefault()
    e.dataTransfer.dropEffect = editable ? 'copy' : 'none'
    setTarget(editable ? at(e.clientX, e.clientY) : null)
  }
  const onDragLeave = (e: DragEvent) => {
    if (!(e.relatedTarget instanceof globalThis.Node) || !e.currentTarget.contains(e.relatedTarget)) setTarget(null)
  }
  const onDrop = (e: DragEvent) => {
    const kind = e.dataTransfer.getData(PALETTE_MIME) as PaletteKind
    setTarget(null)
    if (!kind || !editable) return
    e.preventDefault()
    const t = at(e.clientX, e.clientY)
    if (t) insertPaletteStep(store, kind, { sequence: t.sequence, index: t.index })
  }

  // React Flow drags every selected node along with the one under the pointer: they all move, as one command.
  const draggedIds = (node: Node, nodes: readonly Node[]) => (nodes.length > 0 ? nodes.map((n) => n.id) : [node.id])
  const onNodeDrag = (e: MouseEvent | TouchEvent, node: Node, nodes: Node[]) => {
    const p = pointOnCanvas(e)
    setTarget(p ? at(p.x, p.y, draggedIds(node, nodes)) : null)
  }
  const onNodeDragStop = (e: MouseEvent | TouchEvent, node: Node, nodes: Node[]) => {
    setTarget(null)
    // Let go outside the canvas: the drag is abandoned and leaves no trace.
    const p = pointOnCanvas(e)
    const t = p ? at(p.x, p.y, draggedIds(node, nodes)) : null
    const paths = (nodes.length > 0 ? nodes : [node]).flatMap((n) => {
      const path = (n.data as { path?: JsonPath }).path
      return path ? [path] : []
    })
    const command = t ? moveCommand(paths, t) : null
    if (command) store.getState().dispatch({ origin: 'canvas', command })
  }

  return { target, onDragOver, onDragLeave, onDrop, onNodeDrag, onNodeDragStop }
}
