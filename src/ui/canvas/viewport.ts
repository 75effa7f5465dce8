import { getNodesBounds, useReactFlow, useStore, useStoreApi, type Node, type Viewport } from '@xyflow/react'
import { useEffect, useRef, useState } from 'react'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import { useDesigner } from '../../store/Designer.ts'
import type { ShownDiagram } from './useShownDiagram.ts'
import { collapsedAncestors, indexSteps } from '../../store/indexSteps.ts'
import { fitBounds, LOAD_FIT, PADDING } from './openingFit.ts'


/**
 * Where the canvas opens when React Flow mounts: the load's fit of `nodes` in a pane of that size, worked out before
 * the first paint (React Flow's own fitView needs a mounted pane), else the origin.
 */
export function openingViewport(nodes: readonly Node[], width: number, height: number): Viewport {
  if (nodes.length === 0) return { x: 0, y: 0, zoom: 1 }
  return fitBounds(getNodesBounds(nodes as Node[]), width, height)
}

/**
 * Keeps the viewport useful: fits the whole flow when a document is loaded (and on first show), and pans to the
 * selected step when it is out of view and was selected from elsewhere (code, problems, keyboard) or has just
 * been added. A click on the canvas never pans.
 */
export function useCanvasViewport(shown: ShownDiagram | null, autoFit: AutoFit, opening: { readonly chosen: boolean; readonly restoring: boolean }): void {
  const { chosen, restoring } = opening
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
    // Nothing to fit before the first document is chosen: the designer's empty start is never drawn.
    if (!shown || !chosen) return
    const before = known.current
    known.current = new Set(shown.diagram.nodes.map((n) => n.id))
    if (fitPending.current) {
      // Fit only once the loaded document itself is on screen, not the one it replaces.
      if (shown.flow !== store.getState().good.parsed.flow) return
      fitPending.current = false
      // A restored document goes back to where it was left (ViewportSync): fitting first would move it twice.
      if (restoring) return
      // Not below 10% on opening: a huge flow opens readable-ish and draws only what is on screen; the Fit View
      // button goes further down, to see the whole of any flow.
      requestAnimationFrame(() => void rf.fitView(LOAD_FIT))
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
      // In the Code view the canvas is hidden (no size): there is nothing to centre, and an animated move of a
      // zero-size pane ends in a NaN viewport (the background's pattern then errors in the console).
      if (!node || !rect || rect.width === 0 || rect.height === 0) return
      const { x, y } = node.internals.positionAbsolute
      const w = node.measured.width ?? 0
      const h = node.measured.height ?? 0
      const vp = rf.getViewport()
      const sx = x * vp.zoom + vp.x
      const sy = y * vp.zoom + vp.y
      const inView = sx >= 0 && sy >= 0 && sx + w * vp.zoom <= rect.width && sy + h * vp.zoom <= rect.height
      if (!inView) void rf.setCenter(x + w / 2, y + h / 2, { zoom: vp.zoom, duration: 200 })
    })
  }, [shown, selection, origin, rf, store, autoFit, chosen, restoring])
}


/**
 * Step names are 13.5 px at zoom 1, so at this zoom they are 11 px: the smallest a fit goes while the simulation
 * shares the window (a tall flow is then shown from its middle at that size, and scrolls, rather than whole and
 * unreadable).
 */
export const READABLE_ZOOM = 0.82

/** What the canvas wires to React Flow and to its own viewport logic. Stable for the canvas's life. */
export interface AutoFit {
  /** After the flow changed: fits it again if it no longer fits and should; true when it did. */
  fitIfNeeded(): boolean
  onMove(event: MouseEvent | TouchEvent | null): void
  onMoveEnd(): void
  onFitView(): void
}

/**
 * Re-fits the canvas when the flow or the pane changes size and the whole flow, which was in view before, no
 * longer is (a step added at the bottom, Design → Split, the simulation dock opening), unless the user has
 * panned or zoomed since the last fit: then their view is theirs. `floor` is the smallest zoom such a fit uses.
 */
export function useAutoFit(floor: number = 0.1): AutoFit {
  const rf = useReactFlow()
  const { store } = useDesigner()
  const width = useStore((s) => s.width)
  const height = useStore((s) => s.height)
  const flowStore = useStoreApi()
  const userMoved = useRef(false)
  const minZoom = useRef(floor)
  useEffect(() => {
    minZoom.current = floor
  }, [floor])
  /** Whether the whole flow was in view the last time anyone looked (after each move, and each change). */
  const fitted = useRef(true)

  const [autoFit] = useState<AutoFit>(() => {
    const fitsNow = (): boolean | null => {
      const { width: w, height: h } = flowStore.getState()
      const nodes = rf.getNodes()
      if (nodes.length === 0 || w === 0 || h === 0) return null
      const b = rf.getNodesBounds(nodes)
      const v = rf.getViewport()
      const [x0, y0] = [b.x * v.zoom + v.x, b.y * v.zoom + v.y]
      return x0 >= -1 && y0 >= -1 && x0 + b.width * v.zoom <= w + 1 && y0 + b.height * v.zoom <= h + 1
    }
    return {
      fitIfNeeded() {
        const fits = fitsNow()
        if (fits === null) return false
        if (!fits && fitted.current && !userMoved.current) {
          void rf.fitView({ padding: PADDING, maxZoom: 1, minZoom: minZoom.current })
          return true
        }
        fitted.current = fits
        return false
      },
      onMove(event) {
        // Programmatic moves (fits, centring a selected step) come without an event; the user's pans and zooms with
        // one. A click on the background that moves nothing never gets here.
        if (event) userMoved.current = true
      },
      onMoveEnd() {
        const fits = fitsNow()
        if (fits !== null) fitted.current = fits
      },
      onFitView() {
        userMoved.current = false
        fitted.current = true
      },
    }
  })

  // A newly loaded document is fitted on load (useCanvasViewport): a fresh start.
  useEffect(
    () => store.subscribe((s, prev) => {
      if (s.lastEdit !== prev.lastEdit && s.lastEdit?.origin === 'load') {
        userMoved.current = false
        fitted.current = true
      }
    }),
    [store],
  )

  // The pane changed size (Design → Split, the dock opening, the window): look once the new size is laid out.
  useEffect(() => {
    const frame = requestAnimationFrame(() => void autoFit.fitIfNeeded())
    return () => cancelAnimationFrame(frame)
  }, [width, height, autoFit])

  return autoFit
}

/**
 * A step selected while it is hidden in a collapsed container (from the code, Go to step, Problems or a
 * simulation event) opens the containers around it, so the selection is always something the user can see.
 */
export function useOpenToSelection(): void {
  const { store } = useDesigner()
  const selection = useDesigner((s) => s.selection)
  const collapsed = useDesigner((s) => s.collapsed)
  useEffect(() => {
    if (collapsed.length === 0 || selection.length === 0) return
    const s = store.getState()
    const index = indexSteps(s.good.parsed.flow)
    const open = selection.flatMap((path) => collapsedAncestors(index, path, collapsed))
    if (open.length > 0) s.setCollapsed(open, false)
  }, [store, selection, collapsed])
}
