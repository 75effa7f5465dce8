import { createContext } from 'react'

/**
 * Set when the canvas is rendered to HTML at build time (`renderStart.tsx`): the pane size React Flow's store is made
 * with, since nothing can be measured there (the inline script fits the picture to the pane the browser lays out).
 * Null in the browser.
 */
export const CanvasPrerender = createContext<{ readonly width: number; readonly height: number } | null>(null)
