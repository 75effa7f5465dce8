import type { DocumentRecord, RecentEntry } from './DocumentRecord.ts'

/**
 * The autosaved documents: the recent list (newest first), each document's record, and which one was
 * open last, so a reload knows what to restore. Every method may reject when storage fails.
 */
export interface DocumentRepository {
  list(): Promise<readonly RecentEntry[]>
  load(id: string): Promise<DocumentRecord | null>
  /** Stores the record and moves it to the top of the recent list. */
  save(record: DocumentRecord): Promise<void>
  rename(id: string, name: string): Promise<void>
  remove(id: string): Promise<void>
  currentId(): Promise<string | null>
  setCurrentId(id: string | null): Promise<void>
}
