import { createContext, useContext } from 'react'
import type { FilesController } from './createFilesController.ts'
import type { Message } from '../../i18n/Message.ts'
import type { UiText } from '../../i18n/UiText.ts'
import { useStore } from 'zustand'
import type { SessionState } from '../../persist/createDocumentSession.ts'

/** Hands the files controller to the files UI (toolbar document bar, open input, dialogs). */
export const FilesContext = createContext<FilesController | null>(null)

/** A question that needs an answer before something that could lose work (words the dialog says in the current language). */
export interface ConfirmRequest {
  readonly title: UiText
  readonly message: Message
  readonly confirmLabel: UiText
  readonly danger?: boolean
  readonly alternative?: { readonly label: UiText; readonly run: () => void }
  readonly onConfirm: () => void
}

/** Which files dialog is open, if any; only one at a time. */
export type FilesDialog =
  | { readonly kind: 'gallery' }
  | { readonly kind: 'recent' }
  | { readonly kind: 'share'; readonly url: string | null; readonly error: Message | null }
  | { readonly kind: 'confirm'; readonly request: ConfirmRequest }

/** UI state of the files layer that is not part of any document. */
export interface FilesUiState {
  readonly dialog: FilesDialog | null
  /** A file is being dragged over the window: show where to drop it. */
  readonly dragging: boolean
  /** An image export is being drawn; another one is not started until it ends. */
  readonly busy: boolean
  /**
   * An image export needs every step on the page: the canvas of a large flow otherwise draws only what is on
   * screen (React Flow's onlyRenderVisibleElements).
   */
  readonly drawAll: boolean
}

/** The files controller from context (throws outside a provider: a wiring bug, not a user error). */
export function useFilesController(): FilesController {
  const files = useContext(FilesContext)
  if (!files) throw new Error('files UI must be inside <FilesContext.Provider>')
  return files
}

/** A slice of the session state: open document, recent list, autosave status, message. */
export function useSession<T>(selector: (s: SessionState) => T): T {
  return useStore(useFilesController().session.state, selector)
}

/** A slice of the files UI state: which dialog is open, whether a file is being dragged in. */
export function useFilesUi<T>(selector: (s: FilesUiState) => T): T {
  return useStore(useFilesController().ui, selector)
}
