import { describe, expect, it } from 'vitest'
import { createVisitMarker, opensSeedAtOnce, VISITED_KEY } from './visitMarker.ts'
import { encodeShareLink } from '../share/shareLink.ts'

const at = (search = '', hash = '') => ({ search, hash })

describe('which visits open the seed example at once (and are shown the prerendered start page)', () => {
  it('a first visit to the plain address does', () => {
    expect(opensSeedAtOnce(true, at())).toBe(true)
    // A fragment or a query that names no link and no example changes nothing.
    expect(opensSeedAtOnce(true, at('?lang=en', '#top'))).toBe(true)
  })

  it('a returning visit does not: it opens the document left open', () => {
    expect(opensSeedAtOnce(false, at())).toBe(false)
  })

  it('a share link or an example named in the address does not, even on a first visit', async () => {
    const link = await encodeShareLink('version: v1\ntype: flow\nsteps:\n  - type: pass\n    name: p\n', 'http://localhost:5173/')
    expect(link.ok).toBe(true)
    if (!link.ok) return
    expect(opensSeedAtOnce(true, at('', new URL(link.value).hash))).toBe(false)
    expect(opensSeedAtOnce(true, at('?example=parallel'))).toBe(false)
    // Even the seed's own name, or an empty one: the app opens them through the example path, not the first visit's.
    expect(opensSeedAtOnce(true, at('?example=mns-callback'))).toBe(false)
    expect(opensSeedAtOnce(true, at('?example='))).toBe(false)
  })

  it('the marker counts a browser as returning once it is noted, and never where storage is blocked', () => {
    const kept = new Map<string, string>()
    const storage = { getItem: (k: string) => kept.get(k) ?? null, setItem: (k: string, v: string) => void kept.set(k, v) }
    const visit = createVisitMarker(storage)
    expect(visit.first).toBe(true)
    visit.note()
    expect(kept.has(VISITED_KEY)).toBe(true)
    expect(createVisitMarker(storage).first).toBe(false)
    const blocked = { getItem: () => { throw new Error('SecurityError') }, setItem: () => { throw new Error('SecurityError') } }
    expect(createVisitMarker(blocked).first).toBe(false)
    expect(createVisitMarker(null).first).toBe(false)
  })
})
