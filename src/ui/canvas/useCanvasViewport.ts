import { useReactFlow } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { pathKey } from '../../store/pathKey.ts'
import { useDesigner } from '../../store/useDesigner.ts'
import type { ShownDiagram } from './useShownDiagram.ts'

/**
 * Keeps the viewport useful: fits the whole flow when a document is loaded (and on first show), and pans to a
 * step selected from the code pane or the problems list when it is out of view.
 */
export function useCanvasViewport(shown: ShownDiagram | null): void {
  const rf = useReactFlow()
  const { store } = useDesigner()
  const fitPending = useRef(true)

  useEffect(
    () => store.subscribe((s, prev) => {
      if (s.lastEdit !== prev.lastEdit && s.lastEdit?.origin === 'load') fitPending.current = true
    }),
    [store],
  )

  useEffect(() => {
    if (!shown || !fitPending.current) return
    fitPending.current = false
    requestAnimationFrame(() => void rf.fitView({ padding: 0.12, maxZoom: 1 }))
  }, [shown, rf])

  useEffect(
    () => store.subscribe((s, prev) => {
      if (s.selection === prev.selection || s.selectionOrigin !== 'code') return
      const path = s.selection.at(-1)
      const node = path ? rf.getInternalNode(pathKey(path)) : undefined
      if (!node) return
      const { x, y } = node.internals.positionAbsolute
      const w = node.measured.width ?? 0
      const h = node.measured.height ?? 0
      const vp = rf.getViewport()
      const rect = document.querySelector('.flow-wrapper')?.getBoundingClientRect()
      if (!rect) return
      const sx = x * vp.zoom + vp.x
      const sy = y * vp.zoom + vp.y
      const inView = sx >= 0 && sy >= 0 && sx + w * vp.zoom <= rect.width && sy + h * vp.zoom <= rect.height
      if (!inView) void rf.setCenter(x + w / 2, y + h / 2, { zoom: vp.zoom, duration: 200 })
    }),
    [store, rf],
  )
}
