import type { Message } from '../i18n/Message.ts'
import type { AutosaveStatus } from './createAutosaver.ts'
import type { RecentEntry, StoredView } from './DocumentRecord.ts'

/** A message for the user from opening, sharing or saving: errors stay until dismissed. */
export interface SessionMessage {
  readonly nonce: number
  readonly tone: 'error' | 'info'
  /** The message in English (logs, tests). */
  readonly message: string
  /** The same message for the app to show in the person's language. */
  readonly text: Message
}

/**
 * What the files layer knows beyond the designer's one document: which stored document is open, where
 * it came from (for Save), the text at the last point nothing could be lost, the recent list, autosave's
 * status and the message to show.
 */
export interface SessionState {
  readonly docId: string | null
  readonly fileName: string | null
  readonly fileHandle: FileSystemFileHandle | null
  /** The text when the document was opened, created or last saved to a file. */
  readonly cleanText: string
  readonly recent: readonly RecentEntry[]
  readonly autosave: AutosaveStatus
  readonly message: SessionMessage | null
  /**
   * Set when another tab saved the open document while this one had changes of its own: autosave of it stops
   * until the user reloads the other tab's version or keeps this one as a new document.
   */
  readonly changedElsewhere: boolean
  /** The view to put back after a restore; the canvas applies it once and clears it. */
  readonly pendingView: StoredView | null
}
