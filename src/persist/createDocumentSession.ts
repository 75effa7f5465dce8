import { createStore, type StoreApi } from 'zustand/vanilla'
import { formatMessage, msg, type Message } from '../i18n/Message.ts'
import type { DesignerState } from '../store/DesignerState.ts'
import { createAutosaver, type AutosaveTimer } from './createAutosaver.ts'
import type { DocumentRecord, StoredView, RecentEntry } from './DocumentRecord.ts'
import type { DocumentRepository } from './DocumentRepository.ts'
import { openAtStart } from './openAtStart.ts'
import type { VisitMarker } from './visitMarker.ts'
import { recordOf, restoreRecord } from './DocumentRecord.ts'
import { storageProblemOf } from './StorageProblem.ts'
import { createUnsavedJournal, type UnsavedJournal } from './createUnsavedJournal.ts'
import type { TabChannel } from './TabChannel.ts'
import type { AutosaveStatus } from './createAutosaver.ts'
import type { StartPreview } from './startPreview.ts'

/** What a session needs: the designer, storage, and the clock and id source (injected for tests). */
export interface SessionDeps {
  readonly designer: StoreApi<DesignerState>
  readonly repo: DocumentRepository
  readonly timer: AutosaveTimer
  readonly now: () => number
  readonly newId: () => string
  /** The synchronous first line of autosave (`localStorage`); none in tests that do not need it. */
  readonly journal?: UnsavedJournal
  /** How tabs tell each other that a document was saved; none in tests of one tab. */
  readonly tabs?: TabChannel | null
  /**
   * Says a name the session gives a document ("Untitled flow", "… (copy)") in the person's language: the name
   * is the document's from then on, as if typed. English when not given (tests).
   */
  readonly localize?: (text: Message) => string
  /** Whether this browser ran the studio before, so a first visit opens the seed without waiting for storage. */
  readonly visits?: VisitMarker | null
  /** The open document kept synchronously (`localStorage`), so a returning visit draws it before storage answers. */
  readonly preview?: StartPreview | null
}

/** A document drawn from the start preview while storage is read: what the person typed into it meanwhile. */
export interface ShownPreview {
  /** The designer's text when the person changed the previewed one (so it must not be replaced), else null. */
  edits(): string | null
  /** Storage has answered and a document is open (or none could be): the preview is over. */
  end(): void
}

/** Where a document being opened comes from, for its name and for Save. */
export interface OpenSource {
  /** The name as it is (a file's, an example's), or words the session puts in the person's language ("Shared flow"). */
  readonly name: string | Message
  readonly fileName?: string
  readonly fileHandle?: FileSystemFileHandle
}

/**
 * The files layer over the designer: which stored document is open, opening new ones (from a file, an
 * example, a link, or empty) as NEW documents so nothing is ever overwritten, switching, renaming and
 * deleting through the recent list, and autosave of every change. See {@link createDocumentSession}.
 */
export interface DocumentSession {
  readonly state: StoreApi<SessionState>
  /** Opens what the address asks for (`#flow=…`, `?example=NAME`), else restores the last document. */
  start(location: { readonly hash: string; readonly search: string }): Promise<void>
  openDocument(text: string, source: OpenSource): Promise<void>
  switchTo(id: string): Promise<void>
  rename(name: string): void
  remove(id: string): Promise<void>
  /** Records that `text` is now in a file (Save / Download YAML), so it counts as kept. */
  markSaved(text: string, fileName: string | null, fileHandle: FileSystemFileHandle | null): void
  /** True when leaving the open document would lose work: it changed and autosave is not working. */
  wouldLoseWork(): boolean
  setViewport(viewport: NonNullable<StoredView['viewport']>): void
  say(text: Message, tone?: 'error' | 'info'): void
  dismissMessage(): void
  flush(): Promise<void>
  /** After another tab saved this document: show that tab's version, dropping this tab's changes. */
  takeOtherVersion(): Promise<void>
  /** After another tab saved this document: keep this tab's text and history as a new document. */
  keepAsNewDocument(): Promise<void>
  /** Writes the open document's text synchronously (page hide, before unload), so a reload keeps every key. */
  flushNow(): void
  /**
   * Draws a stored record (the start preview: no history) before storage has answered, with any newer keys the
   * journal holds. Nothing is saved from it: the stored record, opened next by `switchTo`, takes over.
   */
  showPreview(record: DocumentRecord): ShownPreview
  dispose(): void
}

/**
 * Creates the session. Every change to the designer's text, selection, history, name or view schedules
 * an autosave of the open document; storage failures become `state.autosave.problem` and never stop
 * editing. Opening always creates a new document: the one that was open stays in the recent list.
 */
export function createDocumentSession({
  designer,
  repo,
  timer,
  now,
  newId,
  journal = createUnsavedJournal(null),
  tabs = null,
  localize = formatMessage,
  visits = null,
  preview = null,
}: SessionDeps): DocumentSession {
  const tabId = newId()
  // The text of the open document as this tab last read it from storage or wrote it there: a tab whose
  // text still equals it has nothing of its own to lose when another tab saves.
  let storedText: string | null = null
  const autosaver = createAutosaver(repo, timer, {
    onSaved: (record) => {
      journal.clear(record.id, record.text)
      if (record.id === state.getState().docId) {
        storedText = record.text
        preview?.write(record)
      }
      tabs?.post({ kind: 'saved', id: record.id, tab: tabId })
    },
    // Only the open document is guarded: this tab knows what it last read of it.
    expectTextOf: (id) => (id === state.getState().docId ? storedText : null),
    onRefused: (record) => {
      if (record.id === state.getState().docId) state.setState({ changedElsewhere: true })
    },
  })
  const state = createStore<SessionState>()(() => ({
    docId: null,
    fileName: null,
    fileHandle: null,
    cleanText: designer.getState().text,
    recent: [],
    autosave: autosaver.status(),
    message: null,
    changedElsewhere: false,
    pendingView: null,
    preview: null,
  }))
  let suppress = false
  // The text drawn from the start preview, until a document is open: another designer text is the person's edit.
  let previewText: string | null = null
  const previewEdits = () => {
    const text = designer.getState().text
    return state.getState().preview !== null && previewText !== null && text !== previewText ? text : null
  }
  /**
   * Keys typed into the start preview have no open document to be saved to until storage answers. The journal
   * keeps them for the previewed one meanwhile, as it keeps any unsaved keys: a page closed in that moment
   * brings them back on the next visit, which draws them and puts them on top of the stored record.
   */
  const notePreviewEdits = () => {
    const id = state.getState().preview
    const { text, documentName } = designer.getState()
    if (id === null || previewText === null || (text === previewText && documentName === previewName)) return
    journal.note({ id, name: documentName, text, at: now() })
  }
  let previewName: string | null = null
  const endPreview = () => {
    previewText = null
    if (state.getState().preview !== null) state.setState({ preview: null })
  }
  let viewport: StoredView['viewport']
  // The viewport the start preview was drawn at: another one when storage answers is the person's pan or zoom.
  let previewViewport: StoredView['viewport']
  let nonce = 0

  const failed = (error: unknown) => state.setState({ autosave: { state: 'failed', problem: storageProblemOf(error) } })
  const save = () => {
    const s = state.getState()
    if (s.docId === null) return notePreviewEdits()
    if (s.changedElsewhere) return
    const record = recordOf(designer.getState(), s, s.docId, viewport, now())
    journal.note({ id: record.id, name: record.name, text: record.text, at: record.updatedAt })
    state.setState({ recent: [{ id: record.id, name: record.name, updatedAt: record.updatedAt }, ...s.recent.filter((e) => e.id !== record.id)] })
    autosaver.schedule(record)
  }
  const quietly = (run: () => void) => {
    suppress = true
    try {
      run()
    } finally {
      suppress = false
    }
  }
  const unsubscribeStatus = autosaver.subscribe((autosave) => state.setState({ autosave }))
  // Another tab saved the document open here: follow it when this tab has nothing of its own, else stop
  // autosaving it and ask (the user's text stays on screen and in this tab's history meanwhile). Messages
  // can cross (both tabs saving at once); the store's compare-and-swap in `save` settles those races.
  const unsubscribeTabs =
    tabs?.listen((message) => {
      const s = state.getState()
      if (message.tab === tabId || message.id !== s.docId || s.changedElsewhere) return
      if (designer.getState().text === storedText) void reload(message.id, storedText)
      else void conflictUnlessSameText(message.id)
    }) ?? (() => undefined)
  /**
   * This tab has its own changes and another tab saved the document. That is a conflict only when the other tab
   * stored another text: a save of its view or selection alone (a tab that just opened it) leaves the text this
   * tab builds on, so this tab keeps saving (its compare-and-swap on the text still guards the race).
   */
  const conflictUnlessSameText = async (id: string) => {
    const record = await repo.load(id).catch((e: unknown) => (failed(e), null))
    const s = state.getState()
    if (s.docId !== id || s.changedElsewhere || (record !== null && record.text === storedText)) return
    autosaver.discard(id)
    state.setState({ changedElsewhere: true })
  }
  /**
   * Shows the stored version of `id` (the open document) in place. With `ifTextIs`, only while this tab's
   * text is still that (a key typed during the read is the user's own change: then ask instead).
   */
  const reload = async (id: string, ifTextIs?: string | null) => {
    const record = await repo.load(id).catch((e: unknown) => (failed(e), null))
    if (record === null || state.getState().docId !== id) return
    if (ifTextIs !== undefined && designer.getState().text !== ifTextIs) {
      if (record.text !== storedText) state.setState({ changedElsewhere: true })
      return
    }
    autosaver.discard(id)
    quietly(() => restoreRecord(designer, record))
    storedText = record.text
    state.setState({ changedElsewhere: false, cleanText: record.savedText ?? record.text })
  }
  const unsubscribeDesigner = designer.subscribe((s, prev) => {
    if (suppress) return
    if (s.text !== prev.text || s.history !== prev.history || s.selection !== prev.selection || s.documentName !== prev.documentName || s.view !== prev.view || s.collapsed !== prev.collapsed || s.panes !== prev.panes) save()
  })

  const session: DocumentSession = {
    state,
    start: (location) => openAtStart(session, location, { repo, failed, text: () => designer.getState().text, visits, preview }),
    async openDocument(text, source) {
      await autosaver.flush()
      const id = newId()
      viewport = undefined
      quietly(() => {
        designer.getState().dispatch({ origin: 'load', text, resetHistory: true, name: typeof source.name === 'string' ? source.name : localize(source.name) })
        designer.getState().select([], 'load')
      })
      storedText = null
      endPreview()
      state.setState({ changedElsewhere: false, docId: id, fileName: source.fileName ?? null, fileHandle: source.fileHandle ?? null, cleanText: text, pendingView: null })
      // The pointer goes first: storage runs in call order, so once the status line says saved, a reload finds this
      // document as the one open last. Written after the save, a reload at that moment brought back the one before.
      const pointed = repo.setCurrentId(id).catch(failed)
      save()
      await autosaver.flush()
      await pointed
    },
    async switchTo(id) {
      if (id === state.getState().docId) return
      await autosaver.flush()
      // Keys typed into the start preview belong to its document: that one opens, whichever was asked for.
      const previewed = state.getState().preview
      if (previewed !== null && previewed !== id && previewEdits() !== null) id = previewed
      const record = await repo.load(id).catch((e: unknown) => (failed(e), null))
      if (record === null) {
        session.say(msg('That document is no longer stored in this browser.'))
        state.setState({ recent: state.getState().recent.filter((e) => e.id !== id) })
        return
      }
      // As in openDocument: the pointer is written before anything this switch saves.
      const pointed = repo.setCurrentId(id).catch(failed)
      const fromPreview = state.getState().preview === id
      // A pan or zoom made on the preview is the person's too: the stored view does not take it back.
      const moved = fromPreview && viewport !== undefined && !sameViewport(viewport, previewViewport) ? viewport : undefined
      viewport = moved ?? record.view.viewport
      const typed = fromPreview ? previewEdits() : null
      quietly(() => restoreRecord(designer, record))
      storedText = record.text
      state.setState({ changedElsewhere: false, docId: id, fileName: record.fileName ?? null, fileHandle: record.fileHandle ?? null, cleanText: record.savedText ?? record.text, pendingView: moved ? { ...record.view, viewport: moved } : record.view })
      // Keys typed just before the page went away reached the journal but not IndexedDB: put them back as
      // one undoable step on top of the stored history, and let the autosave store them.
      const unsaved = journal.read(id)
      if (unsaved !== null && unsaved.at >= record.updatedAt && (unsaved.text !== record.text || unsaved.name !== record.name)) {
        if (unsaved.text !== record.text) designer.getState().dispatch({ origin: 'load', text: unsaved.text })
        if (unsaved.name !== record.name) session.rename(unsaved.name)
      } else if (unsaved !== null) journal.clear(id)
      // What the person typed into the preview goes on top, one undoable step, and is saved like any edit.
      if (typed !== null && designer.getState().text !== typed) designer.getState().dispatch({ origin: 'load', text: typed })
      endPreview()
      preview?.write(record)
      if (moved) save()
      await pointed
    },
    rename: (name) => designer.getState().rename(name),
    async remove(id) {
      await autosaver.flush()
      await repo.remove(id).catch(failed)
      journal.clear(id)
      preview?.forget(id)
      const rest = state.getState().recent.filter((e) => e.id !== id)
      state.setState({ recent: rest })
      if (id !== state.getState().docId) return
      state.setState({ docId: null })
      if (rest[0]) await session.switchTo(rest[0].id)
      else await session.openDocument('version: v1\ntype: flow\nsteps: []\n', { name: msg('Untitled flow') })
    },
    markSaved(text, fileName, fileHandle) {
      state.setState({ cleanText: text, fileName, fileHandle })
      save()
    },
    wouldLoseWork: () => {
      const s = state.getState()
      return s.changedElsewhere || (s.autosave.problem !== null && designer.getState().text !== s.cleanText)
    },
    setViewport(next) {
      viewport = next
      save()
    },
    say: (text, tone = 'error') => state.setState({ message: { nonce: ++nonce, tone, message: formatMessage(text), text } }),
    dismissMessage: () => state.setState({ message: null }),
    flush: () => autosaver.flush(),
    flushNow: () => journal.flush(),
    showPreview(record) {
      const unsaved = journal.read(record.id)
      quietly(() => {
        restoreRecord(designer, record)
        if (unsaved !== null && unsaved.at >= record.updatedAt) {
          if (unsaved.text !== record.text) designer.getState().dispatch({ origin: 'load', text: unsaved.text })
          if (unsaved.name !== record.name) designer.getState().rename(unsaved.name)
        }
      })
      previewText = designer.getState().text
      previewName = designer.getState().documentName
      previewViewport = record.view.viewport
      state.setState({ preview: record.id, pendingView: record.view })
      return { edits: previewEdits, end: endPreview }
    },
    async takeOtherVersion() {
      const id = state.getState().docId
      if (id === null) return
      // The user chose to drop this tab's text: its journal entry must not come back on the next reload.
      journal.clear(id, designer.getState().text)
      await reload(id)
    },
    async keepAsNewDocument() {
      const { text, documentName, history } = designer.getState()
      const id = state.getState().docId
      // This text lives on in the copy: the original's journal entry would otherwise restore it over the
      // other tab's version when the original is next opened.
      if (id !== null) journal.clear(id, text)
      state.setState({ changedElsewhere: false })
      await session.openDocument(text, { name: msg('{name} (copy)', { name: documentName }) })
      // The copy is this tab's work: its undo history comes along.
      designer.getState().restoreHistory(history)
      save()
    },
    dispose() {
      unsubscribeTabs()
      unsubscribeStatus()
      unsubscribeDesigner()
    },
  }
  return session
}

/** A message for the user from opening, sharing or saving: errors stay until dismissed. */
export interface SessionMessage {
  readonly nonce: number
  readonly tone: 'error' | 'info'
  /** The message in English (logs, tests). */
  readonly message: string
  /** The same message for the app to show in the person's language. */
  readonly text: Message
}

/**
 * What the files layer knows beyond the designer's one document: which stored document is open, where
 * it came from (for Save), the text at the last point nothing could be lost, the recent list, autosave's
 * status and the message to show.
 */
export interface SessionState {
  readonly docId: string | null
  readonly fileName: string | null
  readonly fileHandle: FileSystemFileHandle | null
  /** The text when the document was opened, created or last saved to a file. */
  readonly cleanText: string
  readonly recent: readonly RecentEntry[]
  readonly autosave: AutosaveStatus
  readonly message: SessionMessage | null
  /**
   * Set when another tab saved the open document while this one had changes of its own: autosave of it stops
   * until the user reloads the other tab's version or keeps this one as a new document.
   */
  readonly changedElsewhere: boolean
  /** The view to put back after a restore; the canvas applies it once and clears it. */
  readonly pendingView: StoredView | null
  /** The id of the document drawn from the start preview while storage is read; null otherwise. */
  readonly preview: string | null
}

/** Whether two stored viewports are the same place (a restore reports back the one it was given, as a new object). */
function sameViewport(a: StoredView['viewport'], b: StoredView['viewport']): boolean {
  return a === b || (a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.zoom === b.zoom)
}
