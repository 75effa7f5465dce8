import type { DocumentRecord } from './DocumentRecord.ts'
import { SavedElsewhereError, type DocumentRepository } from './DocumentRepository.ts'
import type { StorageProblem } from './StorageProblem.ts'
import { storageProblemOf } from './StorageProblem.ts'
import { trimHistory } from './DocumentRecord.ts'

/** Where autosave stands, for the status line; `problem` is the warning to show while editing goes on. */
export interface AutosaveStatus {
  readonly state: 'idle' | 'pending' | 'saving' | 'saved' | 'failed'
  readonly problem: StorageProblem | null
}

/** Debounced saving of document records; see {@link createAutosaver}. */
export interface Autosaver {
  /** Notes the latest state of a document; it is written within `maxWaitMs` even while edits keep coming. */
  schedule(record: DocumentRecord): void
  /** Writes whatever is pending now (before switching documents, on page hide, in tests). */
  flush(): Promise<void>
  /** Drops a pending write of `id` (another tab saved that document: ours must not overwrite it unasked). */
  discard(id: string): void
  status(): AutosaveStatus
  subscribe(listener: (status: AutosaveStatus) => void): () => void
}

/** The timer half of the store's `Clock`, injected so tests step time by hand. */
export interface AutosaveTimer {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/**
 * Saves documents shortly after they change: `delayMs` after the last change, but never later than
 * `maxWaitMs` after the first unsaved one, so a long typing burst is still saved within a second. Writes
 * run one at a time; a failure (quota, private mode) becomes a status with a warning, the record stays
 * pending, and the next change or flush tries again. Stored history is trimmed to `maxHistoryChars`.
 * `onSaved` hears of each record once it is stored (the unsaved-text journal then lets go of it).
 * `expectTextOf` names the stored text a write may replace (another tab's newer save is then refused and
 * reported to `onRefused`, not overwritten).
 */
export function createAutosaver(
  repo: DocumentRepository,
  timer: AutosaveTimer,
  {
    delayMs = 300,
    maxWaitMs = 1000,
    maxHistoryChars = 4_000_000,
    onSaved = (_record: DocumentRecord): void => undefined,
    expectTextOf = (_id: string): string | null => null,
    onRefused = (_record: DocumentRecord): void => undefined,
  } = {},
): Autosaver {
  const pending = new Map<string, DocumentRecord>()
  const listeners = new Set<(s: AutosaveStatus) => void>()
  let current: AutosaveStatus = { state: 'idle', problem: null }
  let debounce: unknown = null
  let deadline: unknown = null
  let chain: Promise<void> = Promise.resolve()

  const set = (next: AutosaveStatus) => {
    current = next
    for (const l of listeners) l(next)
  }
  const clearTimers = () => {
    if (debounce !== null) timer.clearTimeout(debounce)
    if (deadline !== null) timer.clearTimeout(deadline)
    debounce = deadline = null
  }
  const writeOne = async (record: DocumentRecord) => {
    set({ state: 'saving', problem: current.problem })
    try {
      // Asked at write time, not when scheduled: the previous write of this chain may have moved it on.
      await repo.save({ ...record, history: trimHistory(record.history, maxHistoryChars) }, { expectText: expectTextOf(record.id) })
      onSaved(record)
      set({ state: pending.size > 0 ? 'pending' : 'saved', problem: null })
    } catch (error) {
      if (error instanceof SavedElsewhereError) {
        // Not a storage failure: nothing to retry; the session decides with the user.
        pending.delete(record.id)
        set({ state: pending.size > 0 ? 'pending' : 'idle', problem: current.problem })
        onRefused(record)
        return
      }
      if (!pending.has(record.id)) pending.set(record.id, record)
      set({ state: 'failed', problem: storageProblemOf(error) })
    }
  }
  const write = (): Promise<void> => {
    clearTimers()
    const batch = [...pending.values()]
    pending.clear()
    chain = chain.then(async () => {
      for (const record of batch) await writeOne(record)
    })
    return chain
  }
  return {
    schedule(record) {
      pending.set(record.id, record)
      if (current.state !== 'failed') set({ state: 'pending', problem: current.problem })
      if (debounce !== null) timer.clearTimeout(debounce)
      debounce = timer.setTimeout(() => void write(), delayMs)
      deadline ??= timer.setTimeout(() => void write(), maxWaitMs)
    },
    flush: () => (pending.size > 0 ? write() : chain),
    discard(id) {
      pending.delete(id)
      if (pending.size === 0) clearTimers()
    },
    status: () => current,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
