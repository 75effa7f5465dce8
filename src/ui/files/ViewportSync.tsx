import { useNodesInitialized, useOnViewportChange, useReactFlow } from '@xyflow/react'
import { useContext, useEffect } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { SessionState } from '../../persist/createDocumentSession.ts'
import { FilesContext } from './FilesContext.ts'
import type { FilesUiState } from './FilesContext.ts'

/** Stands in for the session when the canvas is rendered without the files layer (tests, benches). */
const NO_SESSION = createStore<Pick<SessionState, 'pendingView'>>()(() => ({ pendingView: null }))

/**
 * Mounted inside the canvas's `<ReactFlow>`: reports pan and zoom to the session so autosave keeps them,
 * and puts a restored document's viewport back once its nodes are measured, after the canvas's own fit
 * on load. Renders nothing; without the files layer it does nothing.
 */
export function ViewportSync() {
  const files = useContext(FilesContext)
  const rf = useReactFlow()
  const ready = useNodesInitialized()
  const pending = useStore(files?.session.state ?? NO_SESSION, (s) => s.pendingView)
  useOnViewportChange({ onEnd: (viewport) => files?.session.setViewport(viewport) })
  useEffect(() => {
    const viewport = pending?.viewport
    if (!files || !ready || !viewport) return
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        void rf.setViewport(viewport)
        files.session.state.setState({ pendingView: null })
      })
    })
    return () => cancelAnimationFrame(frame)
  }, [files, ready, pending, rf])
  return null
}

/** Stands in for the files layer when the canvas is rendered without it (tests, benches): never drawing all. */
const NEVER = createStore<Pick<FilesUiState, 'drawAll'>>()(() => ({ drawAll: false }))

/** True while an image export needs the canvas to draw every step, on screen or not. */
export function useDrawAll(): boolean {
  const files = useContext(FilesContext)
  return useStore(files?.ui ?? NEVER, (s) => s.drawAll)
}
