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
