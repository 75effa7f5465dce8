import { createContext } from 'react'

/**
 * The canvas pane's size when it is rendered to HTML at build time (`renderStart.tsx`), where nothing can be
 * measured: the canvas opens fitted to it, and the inline script fits the picture again to the pane the browser lays
 * out. Null in the browser.
 */
export const CanvasPrerender = createContext<{ readonly width: number; readonly height: number } | null>(null)
