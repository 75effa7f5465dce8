import { createStore, del, get, set, update } from 'idb-keyval'
import type { KeyValueStore } from './KeyValueStore.ts'

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
