import { useStore } from 'zustand'
import type { FilesUiState } from './FilesUiState.ts'
import { useFilesController } from './useFilesController.ts'

/** A slice of the files UI state: which dialog is open, whether a file is being dragged in. */
export function useFilesUi<T>(selector: (s: FilesUiState) => T): T {
  return useStore(useFilesController().ui, selector)
}
