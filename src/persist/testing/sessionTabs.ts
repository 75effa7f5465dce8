import { readFileSync } from 'node:fs'
import { createTestStore } from '../../store/createTestStore.ts'
import type { AutosaveTimer } from '../createAutosaver.ts'
import { createDocumentRepository } from '../DocumentRepository.ts'
import { createDocumentSession } from '../createDocumentSession.ts'
import { createMemoryKeyValueStore, type KeyValueStore } from '../KeyValueStore.ts'
import { createUnsavedJournal, type SyncStorage } from '../createUnsavedJournal.ts'
import type { VisitMarker } from '../visitMarker.ts'
import type { TabChannel, TabMessage } from '../TabChannel.ts'
import type { StartPreview } from '../startPreview.ts'

/** Browser tabs for the session tests: a designer and a session over shared in-memory storage and channels. */

export const SEED = readFileSync('public/examples/mns-callback.yaml', 'utf8')
export const FLOW_A = '# flow A\nversion: v1\ntype: flow\nsteps:\n  - type: pass\n    name: A\n'
export const FLOW_B = '# flow B\nversion: v1\ntype: flow\nsteps:\n  - type: pass\n    name: B\n'

/** Timers that never fire by themselves: tests write with `flush()`. */
export const inertTimer: AutosaveTimer = { setTimeout: () => 0, clearTimeout: () => undefined }

let ids = 0

/** One browser tab: a fresh designer and session over the given storage (shared between "reloads"). */
export function tab(kv: KeyValueStore, local?: SyncStorage, tabs?: TabChannel, visits?: VisitMarker, preview?: StartPreview) {
  const t = createTestStore()
  const session = createDocumentSession({
    designer: t.store,
    repo: createDocumentRepository(kv),
    timer: inertTimer,
    now: () => 1_000 + ids,
    newId: () => `doc-${++ids}`,
    ...(local ? { journal: createUnsavedJournal(local) } : {}),
    ...(tabs ? { tabs } : {}),
    ...(visits ? { visits } : {}),
    ...(preview ? { preview } : {}),
  })
  return { t, session, s: () => session.state.getState() }
}

/** Storage as an earlier visit left it: a tab opened the seed example, replaced its text with `text` and saved. */
export async function storedEarlier(kv: KeyValueStore, text: string): Promise<void> {
  const earlier = tab(kv)
  await earlier.session.start({ hash: '', search: '' })
  earlier.t.state().dispatch({ origin: 'code', text })
  await earlier.session.flush()
}

/** `localStorage` as a Map: synchronous, shared between the "reloads" of one test. */
export function memoryLocalStorage(): SyncStorage & { readonly keys: () => string[] } {
  const data = new Map<string, string>()
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    keys: () => [...data.keys()],
  }
}

/** A BroadcastChannel between the tabs of one test: every listener hears every message, asynchronously. */
export function memoryTabChannel(): TabChannel {
  const listeners = new Set<(m: TabMessage) => void>()
  return {
    post: (m) => void queueMicrotask(() => listeners.forEach((l) => l(m))),
    listen(l) {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
}

export const settle = () => new Promise((r) => setTimeout(r, 0))

/** A store whose reads wait until `open()`, as IndexedDB makes a first visit wait while it creates the database. */
export function slowToOpen(kv: KeyValueStore): KeyValueStore & { open(): void } {
  let open = () => undefined as void
  const opened = new Promise<void>((r) => (open = r))
  return { ...kv, get: async (key) => (await opened, kv.get(key)), open: () => open() }
}

/** Two tabs started one after the other on the same storage, hearing each other: both open the seed example. */
export async function twoTabs() {
  const kv = createMemoryKeyValueStore()
  const channel = memoryTabChannel()
  const a = tab(kv, undefined, channel)
  await a.session.start({ hash: '', search: '' })
  const b = tab(kv, undefined, channel)
  await b.session.start({ hash: '', search: '' })
  return { kv, a, b }
}
