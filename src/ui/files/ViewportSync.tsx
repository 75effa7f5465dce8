import { useNodesInitialized, useOnViewportChange, useReactFlow, type Viewport } from '@xyflow/react'
import { useContext, useEffect, useState } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { SessionState } from '../../persist/createDocumentSession.ts'
import { FilesContext } from './FilesContext.ts'
import type { FilesUiState } from './FilesContext.ts'

/** Stands in for the session when the canvas is rendered without the files layer (tests, benches). */
const NO_SESSION = createStore<Pick<SessionState, 'pendingView' | 'docId' | 'preview'>>()(() => ({ pendingView: null, docId: null, preview: null }))

/**
 * Whether the first document has been chosen (share link, example, the autosaved one, its start preview or the seed): until then the
 * canvas draws nothing rather than the empty flow the designer starts with, which a returning person would see
 * flash before their own. Without the files layer, always; and after a second at most, should storage never answer.
 */
export function useFirstDocumentChosen(): boolean {
  const files = useContext(FilesContext)
  // The start preview counts: it is the document a returning person left, drawn before storage confirms it.
  const chosen = useStore(files?.session.state ?? NO_SESSION, (s) => s.docId !== null || s.preview !== null)
  const [waited, setWaited] = useState(false)
  useEffect(() => {
    if (chosen || waited) return
    const timer = setTimeout(() => setWaited(true), 1000)
    return () => clearTimeout(timer)
  }, [chosen, waited])
  return files === null || chosen || waited
}

/**
 * The viewport a restored document was left at, until it is on screen (null otherwise, and without the files
 * layer). The canvas opens on it instead of fitting the flow, so a reload shows the flow where it was at once.
 */
export function usePendingViewport(): Viewport | null {
  const files = useContext(FilesContext)
  return useStore(files?.session.state ?? NO_SESSION, (s) => s.pendingView?.viewport ?? null)
}

/**
 * Mounted inside the canvas's `<ReactFlow>`: reports pan and zoom to the session so autosave keeps them,
 * and puts a restored document's viewport back as soon as its nodes are drawn (the canvas skips its own fit on
 * load for such a document, so the flow moves once, not twice). Renders nothing; without the files layer it does nothing.
 */
export function ViewportSync() {
  const files = useContext(FilesContext)
  const rf = useReactFlow()
  const ready = useNodesInitialized()
  const viewport = usePendingViewport()
  useOnViewportChange({ onEnd: (next) => files?.session.setViewport(next) })
  useEffect(() => {
    if (!files || !ready || !viewport) return
    void rf.setViewport(viewport)
    files.session.state.setState({ pendingView: null })
  }, [files, ready, viewport, rf])
  return null
}

/** Stands in for the files layer when the canvas is rendered without it (tests, benches): never drawing all. */
const NEVER = createStore<Pick<FilesUiState, 'drawAll'>>()(() => ({ drawAll: false }))

/** True while an image export needs the canvas to draw every step, on screen or not. */
export function useDrawAll(): boolean {
  const files = useContext(FilesContext)
  return useStore(files?.ui ?? NEVER, (s) => s.drawAll)
}
