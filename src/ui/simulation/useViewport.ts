import { useCallback, useEffect, useRef, useState } from 'react'

/** Scroll position and size of a scrolling box. */
export interface Viewport {
  readonly left: number
  readonly top: number
  readonly width: number
  readonly height: number
}

/**
 * Tracks a scroll container's position and size for windowed drawing: scroll events are folded into one
 * update per animation frame, and size changes come from a ResizeObserver.
 */
export function useViewport(): { ref: (el: HTMLElement | null) => void; view: Viewport; onScroll: () => void } {
  const [view, setView] = useState<Viewport>({ left: 0, top: 0, width: 800, height: 300 })
  const el = useRef<HTMLElement | null>(null)
  const frame = useRef(0)
  const observer = useRef<ResizeObserver | null>(null)
  const read = useCallback(() => {
    frame.current = 0
    const e = el.current
    if (!e) return
    // Read the box here, never inside the state updater: React runs updaters while rendering, where a layout
    // read would force a synchronous layout of everything the render has just changed.
    const next = { left: e.scrollLeft, top: e.scrollTop, width: e.clientWidth, height: e.clientHeight }
    setView((v) => (v.left === next.left && v.top === next.top && v.width === next.width && v.height === next.height ? v : next))
  }, [])
  const onScroll = useCallback(() => {
    if (frame.current === 0) frame.current = requestAnimationFrame(read)
  }, [read])
  const ref = useCallback((e: HTMLElement | null) => {
    observer.current?.disconnect()
    el.current = e
    if (!e) return
    observer.current = new ResizeObserver(() => read())
    observer.current.observe(e)
    read()
  }, [read])
  useEffect(() => () => {
    observer.current?.disconnect()
    if (frame.current) cancelAnimationFrame(frame.current)
  }, [])
  return { ref, view, onScroll }
}
