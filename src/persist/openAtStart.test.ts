import { describe, expect, it } from 'vitest'
import { createDocumentRepository } from './DocumentRepository.ts'
import { createMemoryKeyValueStore } from './KeyValueStore.ts'
import { createVisitMarker } from './visitMarker.ts'
import { FLOW_A, FLOW_B, SEED, memoryLocalStorage, settle, slowToOpen, storedEarlier, tab } from './testing/sessionTabs.ts'

describe('a first visit', () => {
  it('opens the seed example on a first visit without waiting for storage, then marks the browser as visited', async () => {
    // Given a browser that never ran the studio, whose storage is slow to open
    const kv = slowToOpen(createMemoryKeyValueStore())
    const local = memoryLocalStorage()
    const first = tab(kv, undefined, undefined, createVisitMarker(local))
    // When the page starts
    const started = first.session.start({ hash: '', search: '' })
    await settle()
    // Then the seed example is already open, before storage has answered
    expect(first.t.state().text).toBe(SEED)
    expect(first.s().docId).not.toBeNull()
    expect(local.getItem('fdl-studio.visited')).toBeNull()
    // And once storage answers, it is stored and listed, and the browser counts as visited
    kv.open()
    await started
    expect(first.s().recent.map((e) => e.name)).toEqual(['mns-callback'])
    expect(local.getItem('fdl-studio.visited')).toBe('1')
    // So the next load restores it the usual way (no second seed document)
    first.t.state().dispatch({ origin: 'code', text: FLOW_A })
    await first.session.flush()
    const second = tab(kv, undefined, undefined, createVisitMarker(local))
    await second.session.start({ hash: '', search: '' })
    expect(second.t.state().text).toBe(FLOW_A)
    expect(second.s().recent).toHaveLength(1)
  })
  it('brings back the stored work when a browser without the visited flag holds documents, dropping the untouched seed', async () => {
    // Given a document stored by a tab that set no flag (as before the flag existed), open last
    const kv = createMemoryKeyValueStore()
    await storedEarlier(kv, FLOW_A)
    // When the page loads as if for the first time
    const local = memoryLocalStorage()
    const next = tab(kv, undefined, undefined, createVisitMarker(local))
    await next.session.start({ hash: '', search: '' })
    // Then the stored document is back, and the seed opened meanwhile is gone from the list and from storage
    expect(next.t.state().text).toBe(FLOW_A)
    expect(next.s().recent).toHaveLength(1)
    expect(await createDocumentRepository(kv).list()).toHaveLength(1)
    expect(local.getItem('fdl-studio.visited')).toBe('1')
  })
  it('keeps the seed a person already edited on a first visit, with the stored documents in the list beside it', async () => {
    // Given a stored document and a browser without the flag, whose storage is slow to open
    const mem = createMemoryKeyValueStore()
    await storedEarlier(mem, FLOW_A)
    const kv = slowToOpen(mem)
    const next = tab(kv, undefined, undefined, createVisitMarker(memoryLocalStorage()))
    // When the person types into the seed before storage answers
    const started = next.session.start({ hash: '', search: '' })
    await settle()
    next.t.state().dispatch({ origin: 'code', text: FLOW_B })
    kv.open()
    await started
    // Then their typing stays open, and the older document is listed too
    expect(next.t.state().text).toBe(FLOW_B)
    expect(next.s().recent).toHaveLength(2)
  })
})
