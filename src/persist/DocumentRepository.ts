import type { DocumentRecord, RecentEntry } from './DocumentRecord.ts'
import type { KeyValueStore } from './KeyValueStore.ts'
import { sanitizeRecord } from './DocumentRecord.ts'

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

const RECENT = 'recent'
const CURRENT = 'current'
const docKey = (id: string) => `doc:${id}`

function readRecent(value: unknown): RecentEntry[] {
  if (!Array.isArray(value)) return []
  return value
    .filter((e): e is RecentEntry => typeof e?.id === 'string' && typeof e?.name === 'string' && typeof e?.updatedAt === 'number')
    .map((e) => ({ id: e.id, name: e.name, updatedAt: e.updatedAt }))
}

/**
 * A {@link DocumentRepository} over any {@link KeyValueStore}. Operations run one at a time, in call
 * order, so a save and a rename issued together cannot interleave their read-modify-write of the recent
 * list. Two tabs editing one document: a save that expects a text refuses when the stored one differs.
 */
export function createDocumentRepository(kv: KeyValueStore): DocumentRepository {
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run)
    queue = next.catch(() => undefined)
    return next
  }
  const recent = async () => readRecent(await kv.get(RECENT))
  const putEntry = async (entry: RecentEntry) => {
    const others = (await recent()).filter((e) => e.id !== entry.id)
    await kv.set(RECENT, [entry, ...others].sort((a, b) => b.updatedAt - a.updatedAt))
  }
  return {
    list: () => serial(recent),
    load: (id) => serial(async () => sanitizeRecord(await kv.get(docKey(id)))),
    save: (record: DocumentRecord, { expectText = null } = {}) =>
      serial(async () => {
        let refused = false
        await kv.update<unknown>(docKey(record.id), (old) => {
          const stored = sanitizeRecord(old)
          refused = expectText !== null && stored !== null && stored.text !== expectText
          return refused ? old : record
        })
        if (refused) throw new SavedElsewhereError(record.id)
        await putEntry({ id: record.id, name: record.name, updatedAt: record.updatedAt })
      }),
    rename: (id, name) =>
      serial(async () => {
        const record = sanitizeRecord(await kv.get(docKey(id)))
        if (record === null) return
        await kv.set(docKey(id), { ...record, name })
        const entries = await recent()
        await kv.set(RECENT, entries.map((e) => (e.id === id ? { ...e, name } : e)))
      }),
    remove: (id) =>
      serial(async () => {
        await kv.del(docKey(id))
        await kv.set(RECENT, (await recent()).filter((e) => e.id !== id))
        if ((await kv.get(CURRENT)) === id) await kv.del(CURRENT)
      }),
    currentId: () => serial(async () => {
      const id = await kv.get(CURRENT)
      return typeof id === 'string' ? id : null
    }),
    setCurrentId: (id) => serial(() => (id === null ? kv.del(CURRENT) : kv.set(CURRENT, id))),
  }
}
