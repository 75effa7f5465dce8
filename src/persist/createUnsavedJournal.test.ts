import { describe, expect, it } from 'vitest'
import { createUnsavedJournal, type SyncStorage } from './createUnsavedJournal.ts'

/** Web Storage in memory, counting the writes (each one a synchronous copy of the whole text in a browser). */
function countingStorage() {
  const map = new Map<string, string>()
  const writes: string[] = []
  const storage: SyncStorage = {
    getItem: (key) => map.get(key) ?? null,
    setItem: (key, value) => {
      writes.push(value)
      map.set(key, value)
    },
    removeItem: (key) => void map.delete(key),
  }
  return { storage, writes, map }
}

describe('the unsaved-text journal', () => {
  it('writes each new text or name once, not again for saves that change neither (selection, view, history)', () => {
    const { storage, writes } = countingStorage()
    const journal = createUnsavedJournal(storage)
    journal.note({ id: 'd', name: 'Orders', text: 'a', at: 1 })
    journal.note({ id: 'd', name: 'Orders', text: 'a', at: 2 })
    journal.note({ id: 'd', name: 'Orders', text: 'a', at: 3 })
    expect(writes).toHaveLength(1)
    journal.note({ id: 'd', name: 'Orders', text: 'ab', at: 4 })
    journal.note({ id: 'd', name: 'Renamed', text: 'ab', at: 5 })
    expect(writes.map((w) => JSON.parse(w))).toEqual([
      { id: 'd', name: 'Orders', text: 'a', at: 1 },
      { id: 'd', name: 'Orders', text: 'ab', at: 4 },
      { id: 'd', name: 'Renamed', text: 'ab', at: 5 },
    ])
    expect(journal.read('d')?.text).toBe('ab')
  })

  it('writes the same text again once its entry was cleared, and for another document', () => {
    const { storage, writes } = countingStorage()
    const journal = createUnsavedJournal(storage)
    journal.note({ id: 'd', name: 'n', text: 'a', at: 1 })
    journal.clear('d', 'a')
    expect(journal.read('d')).toBeNull()
    journal.note({ id: 'd', name: 'n', text: 'a', at: 2 })
    expect(journal.read('d')).toEqual({ id: 'd', name: 'n', text: 'a', at: 2 })
    journal.note({ id: 'e', name: 'n', text: 'a', at: 3 })
    expect(journal.read('e')?.at).toBe(3)
    expect(writes).toHaveLength(3)
  })
})
