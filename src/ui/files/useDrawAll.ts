import { useContext } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { FilesUiState } from './FilesUiState.ts'
import { FilesContext } from './FilesContext.ts'

/** Stands in for the files layer when the canvas is rendered without it (tests, benches): never drawing all. */
const NEVER = createStore<Pick<FilesUiState, 'drawAll'>>()(() => ({ drawAll: false }))

/** True while an image export needs the canvas to draw every step, on screen or not. */
export function useDrawAll(): boolean {
  const files = useContext(FilesContext)
  return useStore(files?.ui ?? NEVER, (s) => s.drawAll)
}
