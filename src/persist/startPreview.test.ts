import { describe, expect, it } from 'vitest'
import { encodeShareLink } from '../share/shareLink.ts'
import { createDocumentRepository } from './DocumentRepository.ts'
import { createMemoryKeyValueStore } from './KeyValueStore.ts'
import { createStartPreview } from './startPreview.ts'
import { FLOW_A, FLOW_B, SEED, memoryLocalStorage, tab } from './testing/sessionTabs.ts'

/** A browser where an earlier visit opened the seed, changed it to FLOW_A and saved: storage and localStorage. */
async function visitedBefore() {
  const kv = createMemoryKeyValueStore()
  const local = memoryLocalStorage()
  const earlier = tab(kv, local, undefined, undefined, createStartPreview(local))
  await earlier.session.start({ hash: '', search: '' })
  earlier.t.state().dispatch({ origin: 'code', text: FLOW_A })
  earlier.t.state().setCollapsed(['A'], true)
  await earlier.session.flush()
  return { kv, local, id: earlier.s().docId! }
}

/** The next visit: a fresh tab over the same storage. Storage answers asynchronously, so right after `start()` is called nothing has been read yet. */
function nextVisit(kv: ReturnType<typeof createMemoryKeyValueStore>, local: ReturnType<typeof memoryLocalStorage>) {
  return tab(kv, local, undefined, undefined, createStartPreview(local))
}

describe('start preview: a returning visit draws its document before storage answers', () => {
  it('shows the document left open at once, then opens the stored one with its history, nothing changed on screen', async () => {
    const { kv, local, id } = await visitedBefore()
    const b = nextVisit(kv, local)
    const started = b.session.start({ hash: '', search: '' })
    // Before storage has answered: the text, name and collapsed containers are on screen, nothing is open yet
    expect(b.t.state().text).toBe(FLOW_A)
    expect(b.t.state().documentName).toBe('mns-callback')
    expect(b.t.state().collapsed).toEqual(['A'])
    expect([b.s().preview, b.s().docId]).toEqual([id, null])
    await started
    // Then the stored document is open: the same text, and undo goes back to the seed
    expect([b.s().preview, b.s().docId]).toEqual([null, id])
    expect(b.t.state().text).toBe(FLOW_A)
    b.t.state().undo()
    expect(b.t.state().text).toBe(SEED)
  })

  it('keeps keys typed into the preview: on top of the stored document, one undoable step, and saved', async () => {
    const { kv, local, id } = await visitedBefore()
    const b = nextVisit(kv, local)
    const started = b.session.start({ hash: '', search: '' })
    const typed = `${FLOW_A}# typed before storage answered\n`
    b.t.state().dispatch({ origin: 'code', text: typed })
    await started
    expect([b.s().docId, b.t.state().text]).toEqual([id, typed])
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(id))?.text).toBe(typed)
    b.t.state().undo()
    expect(b.t.state().text).toBe(FLOW_A)
  })

  it('keeps keys typed into the preview when the page is closed before storage answers', async () => {
    const { kv, local, id } = await visitedBefore()
    // This visit's IndexedDB never answers: the page is closed while it is still opening
    const never = () => new Promise<never>(() => undefined)
    const closing = tab({ get: never, set: never, del: never, update: never }, local, undefined, undefined, createStartPreview(local))
    void closing.session.start({ hash: '', search: '' })
    const typed = `${FLOW_A}# typed, then the tab was closed\n`
    closing.t.state().dispatch({ origin: 'code', text: typed })
    // The next visit draws the typed text at once, and opens the stored document with it on top
    const b = nextVisit(kv, local)
    const started = b.session.start({ hash: '', search: '' })
    expect(b.t.state().text).toBe(typed)
    await started
    expect([b.s().docId, b.t.state().text]).toEqual([id, typed])
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(id))?.text).toBe(typed)
    b.t.state().undo()
    expect(b.t.state().text).toBe(FLOW_A)
  })

  it('keeps a pan or zoom made on the preview instead of going back to the stored view', async () => {
    const { kv, local, id } = await visitedBefore()
    const b = nextVisit(kv, local)
    const started = b.session.start({ hash: '', search: '' })
    const stored = b.s().pendingView?.viewport
    // The canvas reports back the view it was given (a restore), then the person zooms before storage answers
    if (stored) b.session.setViewport({ ...stored })
    const moved = { x: 40, y: -12, zoom: 1.5 }
    b.session.setViewport(moved)
    await started
    expect(b.s().pendingView?.viewport).toEqual(moved)
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(id))?.view.viewport).toEqual(moved)
    // Untouched, the stored view is the one the canvas opens on
    const c = nextVisit(kv, local)
    const again = c.session.start({ hash: '', search: '' })
    c.session.setViewport({ ...moved })
    await again
    expect(c.s().pendingView?.viewport).toEqual(moved)
  })

  it('keeps keys typed into the preview as a document of their own when storage no longer holds it', async () => {
    const { local } = await visitedBefore()
    const empty = createMemoryKeyValueStore()
    const b = nextVisit(empty, local)
    const started = b.session.start({ hash: '', search: '' })
    b.t.state().dispatch({ origin: 'code', text: FLOW_B })
    await started
    expect(b.t.state().text).toBe(FLOW_B)
    await b.session.flush()
    expect((await createDocumentRepository(empty).load(b.s().docId!))?.text).toBe(FLOW_B)
  })

  it('opens the previewed document, typed keys on top, when storage points at another one (two tabs)', async () => {
    // Another tab opened a second document later: the pointer names it, the preview still holds the first.
    const twoDocuments = async () => {
      const before = await visitedBefore()
      const other = tab(before.kv)
      await other.session.start({ hash: '', search: '' })
      await other.session.openDocument(FLOW_B, { name: 'second' })
      await other.session.flush()
      return before
    }
    // Untouched, the preview gives way to the document storage points at
    const untouched = await twoDocuments()
    const c = nextVisit(untouched.kv, untouched.local)
    await c.session.start({ hash: '', search: '' })
    expect(c.t.state().text).toBe(FLOW_B)
    // Typed into, it stays: its keys belong to it
    const { kv, local, id } = await twoDocuments()
    const b = nextVisit(kv, local)
    const started = b.session.start({ hash: '', search: '' })
    const typed = `${FLOW_A}# mine\n`
    b.t.state().dispatch({ origin: 'code', text: typed })
    await started
    expect([b.s().docId, b.t.state().text]).toEqual([id, typed])
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(id))?.text).toBe(typed)
  })

  it('keeps no copy rather than an older one when localStorage refuses the write', () => {
    const local = memoryLocalStorage()
    const preview = createStartPreview(local)
    const record = (text: string) => ({ id: 'd', name: 'n', text, selection: [], view: {}, history: { past: [], future: [] }, updatedAt: 1 })
    preview.write(record(FLOW_A))
    expect(preview.read()?.text).toBe(FLOW_A)
    const full = { ...local, setItem: () => { throw new Error('QuotaExceededError') } }
    createStartPreview(full).write(record(FLOW_B))
    expect(preview.read()).toBeNull()
  })

  it('a broken link that arrives while a document is open leaves it open, and makes no new document', async () => {
    const { kv, local, id } = await visitedBefore()
    const b = nextVisit(kv, local)
    await b.session.start({ hash: '', search: '' })
    // What the page does on a hashchange to a link: start again with it
    await b.session.start({ hash: '#flow=1.zz.!!!', search: '' })
    expect([b.s().docId, b.t.state().text, b.s().recent.length]).toEqual([id, FLOW_A, 1])
  })

  it('draws nothing before a share link or an example, which open other documents', async () => {
    const { kv, local } = await visitedBefore()
    const link = await encodeShareLink(FLOW_B, 'http://x/')
    if (!link.ok) throw new Error('no link')
    for (const location of [{ hash: new URL(link.value).hash, search: '' }, { hash: '', search: '?example=mns-callback' }]) {
      const b = nextVisit(kv, local)
      const started = b.session.start(location)
      expect([b.s().preview, b.t.state().text === FLOW_A]).toEqual([null, false])
      await started
      expect(b.t.state().text).not.toBe(FLOW_A)
    }
  })

  it('forgets a removed document, and skips texts too big to write at every save', async () => {
    const { kv, local, id } = await visitedBefore()
    const b = nextVisit(kv, local)
    await b.session.start({ hash: '', search: '' })
    await b.session.remove(id)
    expect(createStartPreview(local).read()?.id).not.toBe(id)
    const small = createStartPreview(local, { maxChars: 10 })
    small.write({ id: 'x', name: 'big', text: FLOW_A, selection: [], view: {}, history: { past: [], future: [] }, updatedAt: 1 })
    expect(small.read()).toBeNull()
  })
})
