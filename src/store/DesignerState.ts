import type { Message } from '../i18n/Message.ts'
import type { UiText } from '../i18n/UiText.ts'
import type { PaneLayout } from './PaneLayout.ts'
import type { TextChange } from '../fdl/edit/text/Splice.ts'
import type { JsonPath } from '../fdl/model/jsonPaths.ts'
import type { Diagnostic } from '../fdl/model/Diagnostic.ts'
import type { Analysis } from './Analysis.ts'
import type { UndoHistory } from './UndoHistory.ts'
import type { EditCommand } from '../fdl/edit/EditCommand.ts'

/** The result of a dispatch: applied, or refused with a reason the user can read. */
export type DispatchResult = { readonly ok: true } | { readonly ok: false; readonly reason: string }

/** The last change to the text, for the code pane: it applies `change` unless it made the change itself. */
export interface LastEdit {
  readonly revision: number
  readonly origin: Origin
  /** The text before the change, so the pane can check that `change` applies to what it holds. */
  readonly before: string
  readonly change: TextChange
}

/** A request to show a place in the code pane (from a node selection or a problem row). */
export interface RevealRequest {
  readonly nonce: number
  readonly line: number
  readonly column: number
  readonly endLine: number
  readonly endColumn: number
}

/** A sequence to add steps to, with what the user sees it called (`Default of Route`), in any UI language. */
export interface InsertTarget {
  readonly sequence: JsonPath
  readonly label: Message
}

/** Which panes show: the canvas, the code, or both side by side. */
export type ViewMode = 'design' | 'code' | 'split'

/**
 * The designer's whole state. THE document is `text`; every model is derived from it. Functions at the end
 * are the only way to change anything, so components stay read-only.
 */
export interface DesignerState {
  readonly text: string
  readonly revision: number
  readonly lastEdit: LastEdit | null
  /** The analysis of `text`, or of the text before the last keystrokes while `parsePending`. */
  readonly analysis: Analysis
  /** The last analysis without a blocker: what the canvas and forms show. */
  readonly good: Analysis
  readonly parsePending: boolean
  readonly selection: readonly JsonPath[]
  readonly selectionOrigin: Origin
  /**
   * A sequence the user picked on the canvas ("Add a step to Branch 2 of P"): the next palette insert goes at
   * its end instead of after the selection. Cleared by any edit or a change of selection.
   */
  readonly insertInto: InsertTarget | null
  readonly history: UndoHistory
  readonly reveal: RevealRequest | null
  /** A refusal or hint to show briefly, in the person's language (the UI renders the message). */
  readonly notice: { readonly nonce: number; readonly message: Message } | null
  readonly view: ViewMode
  /** Names of the containers drawn collapsed on the canvas: the user's view of this document, not its text. */
  readonly collapsed: readonly string[]
  /** Pane sizes and which panes are open, kept with the document. */
  readonly panes: PaneLayout
  /** What downloads are called: the opened file's or example's name. */
  readonly documentName: string

  dispatch(event: DesignerEvent): DispatchResult
  undo(): void
  redo(): void
  /** Ends the current typing burst, e.g. when a field loses focus. */
  seal(): void
  select(paths: readonly JsonPath[], origin?: Origin): void
  /** Aims the next palette insert at a sequence (null: back to after the selection). */
  aimInsert(target: InsertTarget | null): void
  /** Parses now instead of after the debounce (before a command, an undo, or a test assertion). */
  flushParse(): void
  revealDiagnostic(diagnostic: Diagnostic): void
  setNotice(message: UiText | Message): void
  setView(view: ViewMode): void
  /** Renames the document (trimmed; an empty or unchanged name is ignored). Not an undo step: a name is not text. */
  rename(name: string): void
  /**
   * Puts back an undo / redo history kept elsewhere (autosave after a reload, a copy made of this document):
   * snapshots in the store's own shape, with no typing burst in progress.
   */
  restoreHistory(history: Pick<UndoHistory, 'past' | 'future'>): void
  /** Collapses or expands containers on the canvas, by step name (the rest stay as they are). */
  setCollapsed(names: readonly string[], collapsed: boolean): void
  setPanes(patch: Partial<PaneLayout>): void
}

/**
 * Everything that can change the document, tagged with its origin. Canvas and form edits are commands applied
 * to the YAML document; the code pane sends its text; a load replaces the document. `group` merges consecutive
 * events with the same key into one undo step (a typing burst in one field, one drag).
 */
export type DesignerEvent =
  | { readonly origin: 'canvas' | 'form'; readonly command: EditCommand; readonly group?: string }
  | { readonly origin: 'code'; readonly text: string; readonly group?: string }
  | { readonly origin: 'load'; readonly text: string; readonly resetHistory?: boolean; readonly name?: string }

/**
 * Where a change to the document came from. The code pane ignores changes it made itself ('code') and
 * applies every other one as an edit operation; history entries remember nothing about origin.
 */
export type Origin = 'canvas' | 'form' | 'code' | 'history' | 'load'
