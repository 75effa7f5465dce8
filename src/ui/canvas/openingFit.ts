import { getViewportForBounds, type Rect, type Viewport } from '@xyflow/system'

/** Room kept free around a fitted flow, as a fraction of the pane. */
export const PADDING = 0.12

/** The fit a loaded document gets: not below 10% (a huge flow opens readable-ish), never magnified. */
export const LOAD_FIT = { padding: PADDING, maxZoom: 1, minZoom: 0.1 } as const

/**
 * The load's fit of a flow whose nodes span `bounds`, in a pane of that size (the origin in a pane with no size). Its own module, with nothing but
 * React Flow's pure geometry: the prerendered start page's inline script fits the same picture with it, before the
 * app's code has arrived, so the canvas does not move when the app takes over (`ui/prerender/`).
 */
export function fitBounds(bounds: Rect, width: number, height: number): Viewport {
  // A pane not laid out (hidden, or no room for it): nothing to fit, the flow at the origin.
  if (width <= 0 || height <= 0) return { x: 0, y: 0, zoom: 1 }
  return getViewportForBounds(bounds, width, height, LOAD_FIT.minZoom, LOAD_FIT.maxZoom, LOAD_FIT.padding)
}
