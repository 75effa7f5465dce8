import { useStore } from 'zustand'
import type { SessionState } from '../../persist/createDocumentSession.ts'
import { useFilesController } from './useFilesController.ts'

/** A slice of the session state: open document, recent list, autosave status, message. */
export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useFilesController().session.state, selector)
}
