import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { formatMessage, msg } from '../i18n/Message.ts'
import { ZH } from '../i18n/zh/index.ts'
import { encodeShareLink } from '../share/shareLink.ts'
import { createDocumentRepository } from './DocumentRepository.ts'
import { createMemoryKeyValueStore, type KeyValueStore } from './KeyValueStore.ts'
import type { TabChannel } from './TabChannel.ts'
import { createTestStore } from '../store/createTestStore.ts'
import { createDocumentSession } from './createDocumentSession.ts'
import { FLOW_A, FLOW_B, SEED, inertTimer, memoryLocalStorage, settle, storedEarlier, tab, twoTabs } from './testing/sessionTabs.ts'

const THREE = readFileSync('public/examples/mns-three-tasks.yaml', 'utf8')

describe('document session', () => {
  it('two tabs on one document: a tab with no changes follows the other; one with changes stops saving and asks', async () => {
    const { kv, a, b } = await twoTabs()
    expect(b.s().docId).toBe(a.s().docId)
    // A saves an edit: B, unchanged, shows it
    const one = SEED.replace('Priority: 1', 'Priority: 1 # one')
    a.t.state().dispatch({ origin: 'code', text: one })
    await a.session.flush()
    await settle()
    expect(b.t.state().text).toBe(one)
    // Both edit; A saves first: B keeps its text, does not overwrite A's, and says so
    const two = one.replace('# one', '# two')
    b.t.state().dispatch({ origin: 'code', text: two })
    a.t.state().dispatch({ origin: 'code', text: one + '# from A\n' })
    await a.session.flush()
    await settle()
    expect(b.s().changedElsewhere).toBe(true)
    expect(b.session.wouldLoseWork()).toBe(true)
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(a.s().docId!))?.text).toBe(one + '# from A\n')
    expect(b.t.state().text).toBe(two)
    // B keeps its copy as a new document, undo history included; A's stays as A saved it
    await b.session.keepAsNewDocument()
    await b.session.flush()
    expect(b.s().docId).not.toBe(a.s().docId)
    expect(b.t.state().documentName).toBe('mns-callback (copy)')
    const stored = await createDocumentRepository(kv).list()
    expect(stored.map((e) => e.name).sort()).toEqual(['mns-callback', 'mns-callback (copy)'])
    expect((await createDocumentRepository(kv).load(b.s().docId!))?.text).toBe(two)
    b.t.state().undo()
    expect(b.t.state().text).toBe(one)
  })

  it('two tabs on one document: a save of the other tab\'s view alone is no conflict for a tab with its own changes', async () => {
    const { kv, a, b } = await twoTabs()
    // A types; before A's autosave, B (which only opened the document) stores its viewport
    a.t.state().dispatch({ origin: 'code', text: SEED + '# a\n' })
    b.session.setViewport({ x: 10, y: 20, zoom: 1.5 })
    await b.session.flush()
    await settle()
    await settle()
    // Then A is not told of a change elsewhere, and its text is stored
    expect(a.s().changedElsewhere).toBe(false)
    await a.session.flush()
    expect((await createDocumentRepository(kv).load(a.s().docId!))?.text).toBe(SEED + '# a\n')
    expect(a.s().changedElsewhere).toBe(false)
  })

  it('two tabs saving at the same moment: the store takes one, the other tab is refused and asks (no message needed)', async () => {
    const kv = createMemoryKeyValueStore()
    const silent: TabChannel = { post: () => undefined, listen: () => () => undefined }
    const a = tab(kv, undefined, silent)
    await a.session.start({ hash: '', search: '' })
    const b = tab(kv, undefined, silent)
    await b.session.start({ hash: '', search: '' })
    a.t.state().dispatch({ origin: 'code', text: SEED + '# a\n' })
    b.t.state().dispatch({ origin: 'code', text: SEED + '# b\n' })
    await Promise.all([a.session.flush(), b.session.flush()])
    expect((await createDocumentRepository(kv).load(a.s().docId!))?.text).toBe(SEED + '# a\n')
    expect([a.s().changedElsewhere, b.s().changedElsewhere]).toEqual([false, true])
    expect(b.t.state().text).toBe(SEED + '# b\n')
    // B's later keys are not saved over A's either
    b.t.state().dispatch({ origin: 'code', text: SEED + '# b\n# more\n' })
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(a.s().docId!))?.text).toBe(SEED + '# a\n')
  })

  it('after another tab saved, "show the other version" puts it on screen and autosave resumes', async () => {
    const { kv, a, b } = await twoTabs()
    b.t.state().dispatch({ origin: 'code', text: SEED + '# b\n' })
    a.t.state().dispatch({ origin: 'code', text: SEED + '# a\n' })
    await a.session.flush()
    await settle()
    await b.session.takeOtherVersion()
    expect([b.s().changedElsewhere, b.t.state().text]).toEqual([false, SEED + '# a\n'])
    b.t.state().dispatch({ origin: 'code', text: SEED + '# a\n# b\n' })
    await b.session.flush()
    expect((await createDocumentRepository(kv).load(a.s().docId!))?.text).toBe(SEED + '# a\n# b\n')
  })

  it('keeps the keys typed after the last autosave when the page goes away at once, as an undoable step', async () => {
    // Given a stored document, then typing the page never got to autosave (the timers never fire)
    const kv = createMemoryKeyValueStore()
    const local = memoryLocalStorage()
    const first = tab(kv, local)
    await first.session.start({ hash: '', search: '' })
    const typed = SEED.replace('Priority: 1', 'Priority: 1 # urgent')
    first.t.state().dispatch({ origin: 'code', text: typed })
    first.session.rename('Orders')
    // When the page is loaded again
    const second = tab(kv, local)
    await second.session.start({ hash: '', search: '' })
    // Then every key is back, the name too, and undo goes to the text IndexedDB had
    expect(second.t.state().text).toBe(typed)
    expect(second.t.state().documentName).toBe('Orders')
    second.t.state().undo()
    expect(second.t.state().text).toBe(SEED)
    // And once autosave has stored it, the journal lets go
    second.t.state().redo()
    await second.session.flush()
    expect(local.keys()).toEqual([])
  })

  it('ignores a journal entry older than the stored record, or broken, and forgets it', async () => {
    const kv = createMemoryKeyValueStore()
    const local = memoryLocalStorage()
    const first = tab(kv, local)
    await first.session.start({ hash: '', search: '' })
    const id = first.s().docId!
    local.setItem(`fdl-studio.unsaved:${id}`, JSON.stringify({ id, name: 'old', text: 'stale', at: 0 }))
    const second = tab(kv, local)
    await second.session.start({ hash: '', search: '' })
    expect(second.t.state().text).toBe(SEED)
    expect(local.keys()).toEqual([])
    local.setItem(`fdl-studio.unsaved:${id}`, '{not json')
    const third = tab(kv, local)
    await third.session.start({ hash: '', search: '' })
    expect(third.t.state().text).toBe(SEED)
  })

  it('shows the seed example on a first visit and keeps it as a document', async () => {
    const kv = createMemoryKeyValueStore()
    const { t, session, s } = tab(kv)
    await session.start({ hash: '', search: '' })
    expect(t.state().text).toBe(SEED)
    expect(t.state().documentName).toBe('mns-callback')
    expect(s().recent.map((e) => e.name)).toEqual(['mns-callback'])
    expect(await createDocumentRepository(kv).list()).toHaveLength(1)
  })

  it('brings back text, name, selection, view, collapsed containers, pane sizes and undo history after a reload', async () => {
    // Given an edited, renamed document with a selection and a view
    const kv = createMemoryKeyValueStore()
    const first = tab(kv)
    await first.session.start({ hash: '', search: '' })
    const edited = SEED.replace('Priority: 1', 'Priority: 2')
    first.t.state().dispatch({ origin: 'code', text: edited })
    first.t.advance(500)
    first.t.state().select([['steps', 0]])
    first.t.state().setView('code')
    first.t.state().setCollapsed(['Task_1'], true)
    first.t.state().setPanes({ palette: 260, problemsOpen: false })
    first.session.rename('Orders')
    first.session.setViewport({ x: 5, y: 6, zoom: 0.8 })
    await first.session.flush()
    // When the page is loaded again
    const second = tab(kv)
    await second.session.start({ hash: '', search: '' })
    // Then everything is back, and undo returns the text from before the edit
    expect(second.t.state().text).toBe(edited)
    expect(second.t.state().documentName).toBe('Orders')
    expect(second.t.state().selection).toEqual([['steps', 0]])
    expect(second.t.state().view).toBe('code')
    expect(second.t.state().collapsed).toEqual(['Task_1'])
    expect(second.t.state().panes).toMatchObject({ palette: 260, problemsOpen: false, inspector: 320 })
    expect(second.s().pendingView).toMatchObject({ mode: 'code', viewport: { x: 5, y: 6, zoom: 0.8 } })
    second.t.state().undo()
    expect(second.t.state().text).toBe(SEED)
    second.t.state().redo()
    expect(second.t.state().text).toBe(edited)
  })

  it('opens a file as a new document, leaving the previous one in the recent list with its own text', async () => {
    const kv = createMemoryKeyValueStore()
    const { t, session, s } = tab(kv)
    await session.start({ hash: '', search: '' })
    await session.openDocument(FLOW_A, { name: 'a', fileName: 'a.yaml' })
    t.state().dispatch({ origin: 'code', text: FLOW_A.replace('name: A', 'name: A2') })
    await session.openDocument(FLOW_B, { name: 'b', fileName: 'b.yaml' })
    await session.flush()
    expect(s().recent.map((e) => e.name)).toEqual(['b', 'a', 'mns-callback'])
    await session.switchTo(s().recent[1]!.id)
    expect(t.state().text).toBe(FLOW_A.replace('name: A', 'name: A2'))
    expect(s().fileName).toBe('a.yaml')
    await session.switchTo(s().recent.find((e) => e.name === 'b')!.id)
    expect(t.state().text).toBe(FLOW_B)
  })

  it('a reload as soon as a newly opened file shows as saved brings that file back, not the one before', async () => {
    // Writes take a moment, as IndexedDB's do; reads answer at once.
    const memory = createMemoryKeyValueStore()
    const later = () => new Promise((r) => setTimeout(r, 1))
    const kv: KeyValueStore = {
      get: (key) => memory.get(key),
      set: async (key, value) => (await later(), memory.set(key, value)),
      del: async (key) => (await later(), memory.del(key)),
      update: async (key, change) => (await later(), memory.update(key, change)),
    }
    const first = tab(kv)
    await first.session.start({ hash: '', search: '' })
    await first.session.openDocument(FLOW_A, { name: 'a', fileName: 'a.yaml' })
    // The person opens b and reloads the moment the status line says it is saved (e2e files: 1 run in 4 before).
    const saved = new Promise<void>((resolve) => {
      const stop = first.session.state.subscribe((st, prev) => {
        if (st.autosave.state !== 'saved' || prev.autosave.state === 'saved' || first.s().fileName !== 'b.yaml') return
        stop()
        resolve()
      })
    })
    void first.session.openDocument(FLOW_B, { name: 'b', fileName: 'b.yaml' })
    await saved
    const again = tab(kv)
    await again.session.start({ hash: '', search: '' })
    expect(again.t.state().documentName).toBe('b')
    expect(again.t.state().text).toBe(FLOW_B)
  })

  it('opens a share link as a new document and leaves the autosaved one untouched', async () => {
    const kv = createMemoryKeyValueStore()
    const first = tab(kv)
    await first.session.start({ hash: '', search: '' })
    const url = await encodeShareLink(FLOW_A, 'http://x/')
    if (!url.ok) throw new Error(url.message)
    const second = tab(kv)
    await second.session.start({ hash: url.value.slice(url.value.indexOf('#')), search: '' })
    expect(second.t.state().text).toBe(FLOW_A)
    expect(second.t.state().documentName).toBe('Shared flow')
    await second.session.flush()
    const repo = createDocumentRepository(kv)
    const seedEntry = (await repo.list()).find((e) => e.name === 'mns-callback')
    expect((await repo.load(seedEntry!.id))?.text).toBe(SEED)
  })

  it('says a broken link is broken and restores the autosaved document unchanged', async () => {
    const kv = createMemoryKeyValueStore()
    await storedEarlier(kv, FLOW_A)
    const second = tab(kv)
    await second.session.start({ hash: '#flow=1.deadbeef.AAAAAAAA', search: '' })
    expect(second.s().message?.message).toMatch(/damaged or incomplete.*Your own flows are untouched/)
    expect(second.t.state().text).toBe(FLOW_A)
    expect(second.s().recent).toHaveLength(1)
  })

  it('opens ?example=NAME as a new document, and names the choices for an unknown one', async () => {
    const kv = createMemoryKeyValueStore()
    const { t, session, s } = tab(kv)
    await session.start({ hash: '', search: '?example=mns-three-tasks' })
    expect(t.state().text).toBe(THREE)
    expect(t.state().documentName).toBe('mns-three-tasks')
    const again = tab(kv)
    await again.session.start({ hash: '', search: '?example=nope' })
    expect(again.s().message?.message).toMatch(/no built-in example called "nope".*mns-callback/)
    expect(again.t.state().text).toBe(THREE)
    expect(s().recent).toHaveLength(1)
  })

  it('keeps editing with a warning when storage is unavailable, and knows work would be lost', async () => {
    const { t, session, s } = tab(createMemoryKeyValueStore({ unavailable: true }))
    await session.start({ hash: '', search: '' })
    expect(t.state().text).toBe(SEED)
    expect(s().autosave.problem?.kind).toBe('unavailable')
    expect(session.wouldLoseWork()).toBe(false)
    t.state().dispatch({ origin: 'code', text: FLOW_A })
    await session.flush()
    expect(t.state().text).toBe(FLOW_A)
    expect(s().autosave.problem?.message).toMatch(/Download YAML/)
    expect(session.wouldLoseWork()).toBe(true)
    session.markSaved(FLOW_A, 'a.yaml', null)
    expect(session.wouldLoseWork()).toBe(false)
  })

  it('deletes the open document and moves to the next most recent one', async () => {
    const kv = createMemoryKeyValueStore()
    const { t, session, s } = tab(kv)
    await session.start({ hash: '', search: '' })
    await session.openDocument(FLOW_A, { name: 'a' })
    await session.remove(s().docId!)
    expect(t.state().text).toBe(SEED)
    expect(s().recent.map((e) => e.name)).toEqual(['mns-callback'])
    await session.remove(s().docId!)
    expect(t.state().text).toBe('version: v1\ntype: flow\nsteps: []\n')
    expect(s().recent.map((e) => e.name)).toEqual(['Untitled flow'])
  })

  it('names the documents it makes in the language the person works in, and keeps names it is given as they are', async () => {
    const t = createTestStore()
    const session = createDocumentSession({
      designer: t.store,
      repo: createDocumentRepository(createMemoryKeyValueStore()),
      timer: inertTimer,
      now: () => 1_000,
      newId: (() => {
        let n = 0
        return () => `named-${++n}`
      })(),
      localize: (text) => formatMessage(text, ZH),
    })
    await session.openDocument(FLOW_A, { name: msg('Untitled flow') })
    expect(t.state().documentName).toBe('未命名流程')
    await session.keepAsNewDocument()
    expect(t.state().documentName).toBe('未命名流程（副本）')
    // A file's name is data, even when it reads like a word of the UI.
    await session.openDocument(FLOW_B, { name: 'Untitled flow' })
    expect(t.state().documentName).toBe('Untitled flow')
    session.say(msg('That document is no longer stored in this browser.'))
    expect(session.state.getState().message).toMatchObject({ message: 'That document is no longer stored in this browser.', text: { text: 'That document is no longer stored in this browser.' } })
  })
})
