import type { KeyValueStore } from './KeyValueStore.ts'

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
