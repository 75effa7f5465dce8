import { sanitizeRecord, type DocumentRecord } from './DocumentRecord.ts'
import type { SyncStorage } from './createUnsavedJournal.ts'

/**
 * What a returning visit draws before IndexedDB answers. Opening storage and reading the recent list, the pointer
 * and the record took most of a cached reload (293 ms to the canvas against 90 ms for a bare React Flow page,
 * `npm run bench -- designer`), while the canvas stayed empty. The open document's last stored record, without
 * its undo history, is kept here too, where it can be read synchronously: the canvas, the code and the inspector
 * show it at once, and the stored record then takes over with the same text and view (nothing moves) and brings
 * the history back. Texts over `maxChars` are not kept (a synchronous multi-megabyte write on every autosave);
 * every storage failure is swallowed, as the journal's are: then a visit simply waits for IndexedDB.
 */
export interface StartPreview {
  /** The record to draw at start, if one is kept and well-formed (its history always empty). */
  read(): DocumentRecord | null
  /** Keeps `record` (the open document, as just stored or restored) for the next visit. */
  write(record: DocumentRecord): void
  /** Drops the kept record when it is `id`'s (a removed document must not flash on the next visit). */
  forget(id: string): void
}

const KEY = 'fdl-studio.start'

export function createStartPreview(storage: SyncStorage | null, { maxChars = 1_000_000 } = {}): StartPreview {
  const read = (): DocumentRecord | null => {
    try {
      const raw = storage?.getItem(KEY) ?? null
      return raw === null ? null : sanitizeRecord(JSON.parse(raw))
    } catch {
      return null
    }
  }
  return {
    read,
    write(record) {
      if (storage === null) return
      try {
        if (record.text.length > maxChars) return storage.removeItem(KEY)
        // The file handle cannot be written as JSON, and the history and the text last saved to a file are not
        // needed to draw: they come with the stored record a moment later.
        const { id, name, text, selection, view, updatedAt } = record
        storage.setItem(KEY, JSON.stringify({ id, name, text, selection, view, updatedAt }))
      } catch {
        // Quota or blocked storage: no copy at all rather than an older one, so the next visit waits for IndexedDB.
        try {
          storage.removeItem(KEY)
        } catch {
          // Storage refuses everything: nothing is kept, nothing to drop.
        }
      }
    },
    forget(id) {
      try {
        if (read()?.id === id) storage?.removeItem(KEY)
      } catch {
        // As above.
      }
    },
  }
}
