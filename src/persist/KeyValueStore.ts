import { createStore, del, get, set, update } from 'idb-keyval'

/**
 * The little storage needs of autosave, as an interface so the logic above it runs in Node against an
 * in-memory store and in the browser against IndexedDB. Values must be structured-cloneable. Every method
 * may reject (quota exceeded, storage blocked in private browsing); callers turn that into a warning.
 */
export interface KeyValueStore {
  get<T>(key: string): Promise<T | undefined>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  /**
   * Reads and writes `key` as one atomic step, even against other tabs (one IndexedDB transaction): how a
   * save refuses to overwrite what another tab stored since this one last read it.
   */
  update<T>(key: string, change: (old: T | undefined) => T): Promise<void>
}

/**
 * The browser's {@link KeyValueStore}: one IndexedDB database of the app's own. The database is opened
 * lazily by idb-keyval; when IndexedDB is missing or blocked, every call rejects and autosave shows its
 * warning instead of breaking the editor.
 */
export function createIdbKeyValueStore(dbName = 'fdl-studio', storeName = 'documents'): KeyValueStore {
  let store: ReturnType<typeof createStore> | null = null
  const open = () => {
    store ??= createStore(dbName, storeName)
    return store
  }
  const guarded = <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return run()
    } catch (error) {
      return Promise.reject(error)
    }
  }
  return {
    get: <T>(key: string) => guarded(() => get<T>(key, open())),
    set: (key, value) => guarded(() => set(key, value, open())),
    del: (key) => guarded(() => del(key, open())),
    update: (key, change) => guarded(() => update(key, change, open())),
  }
}

/** Rough size of a stored value, enough to model a storage quota. */
function sizeOf(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0
  } catch {
    return 0
  }
}

/**
 * A {@link KeyValueStore} in memory, cloning values like IndexedDB does. With `quotaBytes` it refuses
 * writes past the quota with the same `QuotaExceededError` a full browser storage gives, and with
 * `unavailable` every call fails as storage does in some private-browsing modes; tests use both to check
 * that editing goes on with a warning. Also the fallback when the browser has no IndexedDB at all.
 */
export function createMemoryKeyValueStore(options: { quotaBytes?: number; unavailable?: boolean } = {}): KeyValueStore {
  const data = new Map<string, unknown>()
  const refuse = () => Promise.reject(new DOMException('The operation failed because storage is not available.', 'InvalidStateError'))
  const used = () => [...data.values()].reduce<number>((sum, v) => sum + sizeOf(v), 0)
  const store: KeyValueStore = {
    get: <T>(key: string) => (options.unavailable ? refuse() : Promise.resolve(structuredClone(data.get(key)) as T | undefined)),
    set: (key, value) => {
      if (options.unavailable) return refuse()
      if (options.quotaBytes !== undefined && used() - sizeOf(data.get(key)) + sizeOf(value) > options.quotaBytes) {
        return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      }
      data.set(key, structuredClone(value))
      return Promise.resolve()
    },
    del: (key) => {
      if (options.unavailable) return refuse()
      data.delete(key)
      return Promise.resolve()
    },
    // Synchronous between the read and the write, so as atomic as IndexedDB's transaction.
    update: <T>(key: string, change: (old: T | undefined) => T) => {
      if (options.unavailable) return refuse()
      return store.set(key, change(structuredClone(data.get(key)) as T | undefined))
    },
  }
  return store
}
