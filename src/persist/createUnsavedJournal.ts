/** The part of the Web Storage API the journal uses (`localStorage`; a Map-backed fake in tests). */
export interface SyncStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** The text of one document as it was at `at`, possibly newer than its autosaved record. */
export interface JournalEntry {
  readonly id: string
  readonly name: string
  readonly text: string
  readonly at: number
}

/**
 * The first line of autosave. IndexedDB writes are asynchronous and debounced, so a reload or a closed tab
 * within a few hundred milliseconds of the last key lost it (issue 19: a burst lost in 8 of 8 reloads). Web
 * Storage writes are synchronous: the journal writes the open document's text on every change, so the page
 * can go at any moment. When the record in IndexedDB catches up, the entry is cleared; when a document is
 * restored, an entry newer than its record wins. Texts over `maxEagerChars` are written only when the page
 * hides (a synchronous multi-megabyte write per keystroke would make typing lag). Every failure (quota,
 * storage disabled) is swallowed: the journal is a safety net, IndexedDB autosave and its warning stay the
 * source of truth.
 */
export interface UnsavedJournal {
  /** Notes a change; written at once unless the text is large. */
  note(entry: JournalEntry): void
  /** Writes the last noted entry whatever its size (page hide, before unload). */
  flush(): void
  /** The entry for `id`, if one is stored and well-formed. */
  read(id: string): JournalEntry | null
  /** Forgets `id`'s entry when it holds `text` (the record now has it), or always when `text` is omitted. */
  clear(id: string, text?: string): void
}

const PREFIX = 'fdl-studio.unsaved:'

function parse(raw: string | null): JournalEntry | null {
  if (raw === null) return null
  try {
    const v = JSON.parse(raw) as Partial<JournalEntry>
    return typeof v.id === 'string' && typeof v.name === 'string' && typeof v.text === 'string' && typeof v.at === 'number'
      ? { id: v.id, name: v.name, text: v.text, at: v.at }
      : null
  } catch {
    return null
  }
}

export function createUnsavedJournal(storage: SyncStorage | null, { maxEagerChars = 1_000_000 } = {}): UnsavedJournal {
  let last: JournalEntry | null = null
  let lastWritten: JournalEntry | null = null
  // What storage holds already is not written again: a selection, view or history change saves the document too,
  // and on a big flow each rewrite of the same text cost a JSON copy and a synchronous write (~4 ms at 500 steps).
  // `at` alone differs then; it only orders the entry against its record, which holds that same text once newer.
  const write = (entry: JournalEntry) => {
    if (storage === null || entry === lastWritten) return
    if (lastWritten !== null && entry.id === lastWritten.id && entry.name === lastWritten.name && entry.text === lastWritten.text) return
    try {
      storage.setItem(PREFIX + entry.id, JSON.stringify(entry))
      lastWritten = entry
    } catch {
      // Quota or disabled storage: IndexedDB autosave still runs and raises its own warning.
    }
  }
  return {
    note(entry) {
      last = entry
      if (entry.text.length <= maxEagerChars) write(entry)
    },
    flush() {
      if (last !== null) write(last)
    },
    read(id) {
      try {
        const entry = parse(storage?.getItem(PREFIX + id) ?? null)
        return entry?.id === id ? entry : null
      } catch {
        return null
      }
    },
    clear(id, text) {
      if (storage === null) return
      try {
        if (text !== undefined && parse(storage.getItem(PREFIX + id))?.text !== text) return
        storage.removeItem(PREFIX + id)
        if (lastWritten?.id === id) lastWritten = null
        if (last?.id === id && (text === undefined || last.text === text)) last = null
      } catch {
        // As above: nothing to do when storage refuses.
      }
    },
  }
}
