import type { DocumentRecord, RecentEntry } from './DocumentRecord.ts'

/**
 * The autosaved documents: the recent list (newest first), each document's record, and which one was
 * open last, so a reload knows what to restore. Every method may reject when storage fails.
 */
export interface DocumentRepository {
  list(): Promise<readonly RecentEntry[]>
  load(id: string): Promise<DocumentRecord | null>
  /**
   * Stores the record and moves it to the top of the recent list. With `expectText`, only if the stored
   * record still has that text (checked and written atomically, across tabs); else rejects with
   * {@link SavedElsewhereError} and stores nothing.
   */
  save(record: DocumentRecord, options?: { readonly expectText?: string | null }): Promise<void>
  rename(id: string, name: string): Promise<void>
  remove(id: string): Promise<void>
  currentId(): Promise<string | null>
  setCurrentId(id: string | null): Promise<void>
}

/** A save refused because another tab stored a different text of the document since this tab read it. */
export class SavedElsewhereError extends Error {
  constructor(readonly id: string) {
    super('This flow was changed in another tab.')
    this.name = 'SavedElsewhereError'
  }
}
