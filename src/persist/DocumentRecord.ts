import type { PaneLayout } from '../store/PaneLayout.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'

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
