import type { PaneLayout } from '../store/PaneLayout.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import type { DesignerState, ViewMode } from '../store/DesignerState.ts'
import type { SessionState } from './createDocumentSession.ts'
import type { StoreApi } from 'zustand/vanilla'
import { readPaneLayout } from '../store/PaneLayout.ts'

/** One undo state as stored: the text and what was selected (the shape of the store's history snapshots). */
export interface StoredSnapshot {
  readonly text: string
  readonly selection: readonly JsonPath[]
}

/** The canvas viewport and the pane layout, so a reload shows the same place. */
export interface StoredView {
  readonly mode?: string
  readonly viewport?: { readonly x: number; readonly y: number; readonly zoom: number }
  /** Names of the containers collapsed on the canvas. */
  readonly collapsed?: readonly string[]
  /** Pane sizes and which panes are open. */
  readonly panes?: PaneLayout
}

/**
 * One autosaved document: everything a reload needs to put the user back where they were, undo history
 * included. `fileName` / `fileHandle` remember the file it came from, for Save back to the same file;
 * `savedText` is the text last written to or read from that file, to tell whether there are changes that
 * exist only in this browser.
 */
export interface DocumentRecord {
  readonly id: string
  readonly name: string
  readonly text: string
  readonly selection: readonly JsonPath[]
  readonly view: StoredView
  readonly history: { readonly past: readonly StoredSnapshot[]; readonly future: readonly StoredSnapshot[] }
  /** Milliseconds since the epoch, for the recent list's order and "edited 5 minutes ago". */
  readonly updatedAt: number
  readonly fileName?: string
  readonly fileHandle?: FileSystemFileHandle
  readonly savedText?: string
}

/** A line of the recent list: enough to show and pick a document without loading its text. */
export interface RecentEntry {
  readonly id: string
  readonly name: string
  readonly updatedAt: number
}

/**
 * The record autosave writes for the open document: the designer's text, name, selection, view and
 * undo history (the in-progress typing burst is not kept: after a reload the next edit starts a new
 * undo step), plus where the document came from.
 */
export function recordOf(designer: DesignerState, session: SessionState, docId: string, viewport: StoredView['viewport'], now: number): DocumentRecord {
  return {
    id: docId,
    name: designer.documentName,
    text: designer.text,
    selection: designer.selection,
    view: { mode: designer.view, ...(viewport ? { viewport } : {}), ...(designer.collapsed.length > 0 ? { collapsed: designer.collapsed } : {}), panes: designer.panes },
    history: { past: designer.history.past, future: designer.history.future },
    updatedAt: now,
    ...(session.fileName !== null ? { fileName: session.fileName } : {}),
    ...(session.fileHandle !== null ? { fileHandle: session.fileHandle } : {}),
    savedText: session.cleanText,
  }
}

const MODES: readonly string[] = ['design', 'code', 'split'] satisfies readonly ViewMode[]

/**
 * Puts a stored document back into the designer exactly as it was left: text and name through the
 * normal load event (fresh history), then the stored undo / redo stacks, the selection, the view mode, the collapsed containers and the pane sizes.
 * The history is plain data in the store's own snapshot shape (`restoreHistory`); an undo right after a
 * reload returns the text from before the last edit.
 */
export function restoreRecord(designer: StoreApi<DesignerState>, record: DocumentRecord): void {
  const s = designer.getState()
  s.dispatch({ origin: 'load', text: record.text, resetHistory: true, name: record.name })
  designer.getState().restoreHistory(record.history)
  designer.getState().select(record.selection, 'load')
  if (record.view.mode !== undefined && MODES.includes(record.view.mode)) designer.getState().setView(record.view.mode as ViewMode)
  if (record.view.collapsed) designer.getState().setCollapsed(record.view.collapsed, true)
  if (record.view.panes) designer.getState().setPanes(record.view.panes)
}

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)

function paths(v: unknown): readonly JsonPath[] {
  if (!Array.isArray(v)) return []
  return v.filter((p): p is JsonPath => Array.isArray(p) && p.every((k) => typeof k === 'string' || typeof k === 'number'))
}

function snapshots(v: unknown): readonly StoredSnapshot[] {
  if (!Array.isArray(v)) return []
  return v.filter((s): s is Loose => isObject(s) && typeof s.text === 'string').map((s) => ({ text: s.text as string, selection: paths(s.selection) }))
}

function view(v: unknown): StoredView {
  if (!isObject(v)) return {}
  const vp = v.viewport
  const viewport = isObject(vp) && [vp.x, vp.y, vp.zoom].every((n) => typeof n === 'number' && Number.isFinite(n))
    ? { x: vp.x as number, y: vp.y as number, zoom: vp.zoom as number }
    : undefined
  const collapsed = Array.isArray(v.collapsed) ? v.collapsed.filter((n): n is string => typeof n === 'string') : []
  const panes = readPaneLayout(v.panes)
  return { ...(typeof v.mode === 'string' ? { mode: v.mode } : {}), ...(viewport ? { viewport } : {}), ...(collapsed.length > 0 ? { collapsed } : {}), ...(panes ? { panes } : {}) }
}

/**
 * Reads a stored value back as a {@link DocumentRecord}, or null when it is not one. Stored data may come
 * from an older version of the app or be damaged; whatever is missing gets a safe default so the text,
 * the part that matters, is never lost because a side field is odd.
 */
export function sanitizeRecord(value: unknown): DocumentRecord | null {
  if (!isObject(value) || typeof value.id !== 'string' || typeof value.text !== 'string') return null
  const history = isObject(value.history) ? value.history : {}
  return {
    id: value.id,
    name: typeof value.name === 'string' && value.name.trim() !== '' ? value.name : 'Untitled flow',
    text: value.text,
    selection: paths(value.selection),
    view: view(value.view),
    history: { past: snapshots(history.past), future: snapshots(history.future) },
    updatedAt: typeof value.updatedAt === 'number' && Number.isFinite(value.updatedAt) ? value.updatedAt : 0,
    ...(typeof value.fileName === 'string' ? { fileName: value.fileName } : {}),
    ...(value.fileHandle !== undefined && value.fileHandle !== null ? { fileHandle: value.fileHandle as FileSystemFileHandle } : {}),
    ...(typeof value.savedText === 'string' ? { savedText: value.savedText } : {}),
  }
}

/**
 * Keeps the stored undo history within `maxChars` of snapshot text, dropping the oldest undo steps first
 * (then the farthest redo steps), so a long session on a big flow cannot fill the browser's storage with
 * history while the document itself still fits.
 */
export function trimHistory(history: DocumentRecord['history'], maxChars: number): DocumentRecord['history'] {
  let budget = maxChars
  const past = []
  for (let i = history.past.length - 1; i >= 0; i--) {
    const s = history.past[i]!
    if (s.text.length > budget) break
    budget -= s.text.length
    past.unshift(s)
  }
  const future = []
  for (let i = history.future.length - 1; i >= 0; i--) {
    const s = history.future[i]!
    if (s.text.length > budget) break
    budget -= s.text.length
    future.unshift(s)
  }
  return past.length === history.past.length && future.length === history.future.length ? history : { past, future }
}
