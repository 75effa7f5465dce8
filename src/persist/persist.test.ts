import { describe, expect, it } from 'vitest'
import { createAutosaver, type AutosaveTimer } from './createAutosaver.ts'
import { createDocumentRepository } from './DocumentRepository.ts'
import { createMemoryKeyValueStore } from './KeyValueStore.ts'
import type { DocumentRecord } from './DocumentRecord.ts'
import { sanitizeRecord, trimHistory } from './DocumentRecord.ts'

/** A clock whose time moves only when the test says so. */
function manualTimer() {
  let now = 0
  let timers: { at: number; run: () => void; id: number }[] = []
  let nextId = 1
  const timer: AutosaveTimer = {
    setTimeout: (run, ms) => {
      const id = nextId++
      timers.push({ at: now + ms, run, id })
      return id
    },
    clearTimeout: (id) => {
      timers = timers.filter((t) => t.id !== id)
    },
  }
  /** Moves time forward, firing due timers in order, and lets the resulting saves finish. */
  const advance = async (ms: number) => {
    const end = now + ms
    for (;;) {
      const due = timers.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0]
      if (!due) break
      now = due.at
      timers = timers.filter((t) => t !== due)
      due.run()
      await new Promise((r) => setImmediate(r))
    }
    now = end
    await new Promise((r) => setImmediate(r))
  }
  return { timer, advance }
}

const record = (id: string, text: string, extra: Partial<DocumentRecord> = {}): DocumentRecord => ({
  id,
  name: `Doc ${id}`,
  text,
  selection: [['steps', 0]],
  view: { mode: 'split', viewport: { x: 10, y: 20, zoom: 1.5 } },
  history: { past: [{ text: 'version: v1\n', selection: [] }], future: [] },
  updatedAt: 1000,
  ...extra,
})

describe('document repository', () => {
  it('keeps several documents, each with its own contents, newest first in the recent list', async () => {
    // Given two saved documents
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    await repo.save(record('a', 'text of a', { updatedAt: 1 }))
    await repo.save(record('b', 'text of b', { updatedAt: 2 }))
    // Then both are listed, newest first, and each loads with its own text, selection, view and history
    expect(await repo.list()).toEqual([
      { id: 'b', name: 'Doc b', updatedAt: 2 },
      { id: 'a', name: 'Doc a', updatedAt: 1 },
    ])
    expect(await repo.load('a')).toEqual(record('a', 'text of a', { updatedAt: 1 }))
    expect((await repo.load('b'))?.text).toBe('text of b')
  })

  it('renames and deletes, and forgets the current document when it is deleted', async () => {
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    await repo.save(record('a', 'x'))
    await repo.save(record('b', 'y'))
    await repo.setCurrentId('a')
    await repo.rename('a', 'Orders')
    expect((await repo.load('a'))?.name).toBe('Orders')
    expect((await repo.list()).map((e) => e.name)).toContain('Orders')
    await repo.remove('a')
    expect(await repo.load('a')).toBeNull()
    expect((await repo.list()).map((e) => e.id)).toEqual(['b'])
    expect(await repo.currentId()).toBeNull()
  })

  it('runs operations in call order so concurrent saves and renames both land', async () => {
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    await repo.save(record('a', 'x'))
    await Promise.all([repo.save(record('b', 'y')), repo.rename('a', 'Renamed'), repo.save(record('c', 'z'))])
    expect((await repo.list()).map((e) => e.name).sort()).toEqual(['Doc b', 'Doc c', 'Renamed'])
  })

  it('reads damaged or old records back without losing the text', () => {
    expect(sanitizeRecord({ id: 'x', text: 'kept', history: 'nonsense', selection: [['steps', 0], 5], view: { viewport: { x: 'a' } } })).toEqual({
      id: 'x',
      name: 'Untitled flow',
      text: 'kept',
      selection: [['steps', 0]],
      view: {},
      history: { past: [], future: [] },
      updatedAt: 0,
    })
    expect(sanitizeRecord({ id: 'x', text: 't', view: { collapsed: ['Route', 7, null, 'FanOut'] } })?.view).toEqual({ collapsed: ['Route', 'FanOut'] })
    expect(sanitizeRecord({ id: 'x' })).toBeNull()
    expect(sanitizeRecord('x')).toBeNull()
  })
})

describe('trimming stored history', () => {
  it('drops the oldest undo steps first when over budget', () => {
    const snap = (t: string) => ({ text: t, selection: [] })
    const h = { past: [snap('aaaa'), snap('bbbb'), snap('cccc')], future: [snap('dddd')] }
    expect(trimHistory(h, 100)).toBe(h)
    expect(trimHistory(h, 10)).toEqual({ past: [snap('bbbb'), snap('cccc')], future: [] })
  })
})

describe('autosave', () => {
  it('saves within a second even while changes keep coming', async () => {
    // Given an autosaver and a change every 200 ms
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    const { timer, advance } = manualTimer()
    const saver = createAutosaver(repo, timer)
    for (let i = 0; i < 5; i++) {
      saver.schedule(record('a', `edit ${i}`))
      await advance(200)
    }
    // Then a save landed within the first second, before the burst ended
    expect((await repo.load('a'))?.text).toMatch(/^edit [3-4]$/)
    await advance(1000)
    expect((await repo.load('a'))?.text).toBe('edit 4')
    expect(saver.status()).toEqual({ state: 'saved', problem: null })
  })

  it('waits for a short pause before writing a single change', async () => {
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    const { timer, advance } = manualTimer()
    const saver = createAutosaver(repo, timer)
    saver.schedule(record('a', 'one'))
    expect(saver.status().state).toBe('pending')
    await advance(100)
    expect(await repo.load('a')).toBeNull()
    await advance(300)
    expect((await repo.load('a'))?.text).toBe('one')
  })

  it('keeps the last change of each document when edits switch between documents', async () => {
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    const { timer } = manualTimer()
    const saver = createAutosaver(repo, timer)
    saver.schedule(record('a', 'a2'))
    saver.schedule(record('b', 'b1'))
    await saver.flush()
    expect((await repo.load('a'))?.text).toBe('a2')
    expect((await repo.load('b'))?.text).toBe('b1')
  })

  it('warns when storage is full, keeps the change pending, and recovers when space frees up', async () => {
    // Given storage with room for almost nothing
    const kv = createMemoryKeyValueStore({ quotaBytes: 50 })
    const repo = createDocumentRepository(kv)
    const { timer, advance } = manualTimer()
    const saver = createAutosaver(repo, timer)
    const seen: string[] = []
    saver.subscribe((s) => seen.push(s.state))
    // When a change is saved
    saver.schedule(record('a', 'a long text that does not fit'))
    await advance(1000)
    // Then the status carries a warning saying storage is full and how to keep the work
    expect(saver.status().state).toBe('failed')
    expect(saver.status().problem).toEqual({ kind: 'full', message: expect.stringMatching(/storage is full.*Download YAML/), text: expect.objectContaining({ text: expect.stringMatching(/^Browser storage is full/) }) })
    expect(seen).toEqual(['pending', 'saving', 'failed'])
  })

  it('warns when storage is unavailable (private mode) and never throws to the editor', async () => {
    const repo = createDocumentRepository(createMemoryKeyValueStore({ unavailable: true }))
    const { timer, advance } = manualTimer()
    const saver = createAutosaver(repo, timer)
    saver.schedule(record('a', 'x'))
    await advance(1000)
    expect(saver.status().problem?.kind).toBe('unavailable')
    saver.schedule(record('a', 'y'))
    await expect(saver.flush()).resolves.toBeUndefined()
    expect(saver.status().state).toBe('failed')
  })

  it('trims stored history to its budget', async () => {
    const repo = createDocumentRepository(createMemoryKeyValueStore())
    const { timer } = manualTimer()
    const saver = createAutosaver(repo, timer, { maxHistoryChars: 5 })
    saver.schedule(record('a', 'x', { history: { past: [{ text: 'long old text', selection: [] }, { text: 'new', selection: [] }], future: [] } }))
    await saver.flush()
    expect((await repo.load('a'))?.history.past.map((s) => s.text)).toEqual(['new'])
  })
})
