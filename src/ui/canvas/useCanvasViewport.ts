import { useReactFlow } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { useDesigner } from '../../store/Designer.ts'
import type { AutoFit } from './useAutoFit.ts'
import type { ShownDiagram } from './useShownDiagram.ts'

/**
 * Keeps the viewport useful: fits the whole flow when a document is loaded (and on first show), and pans to the
 * selected step when it is out of view and was selected from elsewhere (code, problems, keyboard) or has just
 * been added. A click on the canvas never pans.
 */
export function useCanvasViewport(shown: ShownDiagram | null, autoFit: AutoFit): void {
  const rf = useReactFlow()
  const { store } = useDesigner()
  const selection = useDesigner((s) => s.selection)
  const origin = useDesigner((s) => s.selectionOrigin)
  const fitPending = useRef(true)
  const known = useRef<ReadonlySet<string>>(new Set())

  useEffect(
    () => store.subscribe((s, prev) => {
      if (s.lastEdit !== prev.lastEdit && s.lastEdit?.origin === 'load') fitPending.current = true
    }),
    [store],
  )

  useEffect(() => {
    if (!shown) return
    const before = known.current
    known.current = new Set(shown.diagram.nodes.map((n) => n.id))
    if (fitPending.current) {
      // Fit only once the loaded document itself is on screen, not the one it replaces.
      if (shown.flow !== store.getState().good.parsed.flow) return
      fitPending.current = false
      // Not below 10% on opening: a huge flow opens readable-ish and draws only what is on screen; the Fit View
      // button goes further down, to see the whole of any flow.
      requestAnimationFrame(() => void rf.fitView({ padding: 0.12, maxZoom: 1, minZoom: 0.1 }))
      return
    }
    const path = selection.at(-1)
    const id = path ? pathKey(path) : null
    if (!id || (origin === 'canvas' && before.has(id))) {
      requestAnimationFrame(() => void autoFit.fitIfNeeded())
      return
    }
    requestAnimationFrame(() => {
      // A flow that fitted and has grown is fitted again, which keeps the new step in view too.
      if (autoFit.fitIfNeeded()) return
      const node = rf.getInternalNode(id)
      const rect = document.querySelector('.flow-wrapper')?.getBoundingClientRect()
      if (!node || !rect) return
      const { x, y } = node.internals.positionAbsolute
      const w = node.measured.width ?? 0
      const h = node.measured.height ?? 0
      const vp = rf.getViewport()
      const sx = x * vp.zoom + vp.x
      const sy = y * vp.zoom + vp.y
      const inView = sx >= 0 && sy >= 0 && sx + w * vp.zoom <= rect.width && sy + h * vp.zoom <= rect.height
      if (!inView) void rf.setCenter(x + w / 2, y + h / 2, { zoom: vp.zoom, duration: 200 })
    })
  }, [shown, selection, origin, rf, store, autoFit])
}
