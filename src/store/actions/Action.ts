import type { StoreApi } from 'zustand/vanilla'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { UiText } from '../../i18n/UiText.ts'
import type { DesignerState } from '../DesignerState.ts'
import { editActions } from './editActions.ts'
import { fileActions } from './fileActions.ts'

/** What actions may touch outside the store; the browser supplies it, tests supply fakes. */
export interface ActionEnv {
  /** Never rejects: when the system clipboard refuses, the text is kept in memory for the next paste. */
  writeClipboard(text: string): Promise<void>
  /** The clipboard's text (or the in-memory copy when the browser refuses), null when there is none. */
  readClipboard(): Promise<string | null>
  download(fileName: string, text: string, mime: string): void
  /** Opens the file picker (the hidden `Open FDL file` input). */
  pickFile(): void
  /** Moves keyboard focus to a step's node after a keyboard selection. */
  focusStep(path: JsonPath): void
}

/** What `run` receives. */
export interface ActionContext {
  readonly store: StoreApi<DesignerState>
  readonly env: ActionEnv
}

/**
 * One user action, referred to by id from the toolbar, menus and key bindings. `scope: 'canvas'` shortcuts
 * fire only when focus is not in a text field or the code pane (so Delete deletes text there, not steps).
 */
export interface Action {
  readonly id: string
  /** English; the UI shows it in the current language (`t(action.label)`). */
  readonly label: UiText
  readonly shortcut?: readonly string[]
  readonly scope?: 'global' | 'canvas'
  /** Set on an action that replaces one registered before it under the same id (the registry refuses a silent twin). */
  readonly overrides?: true
  enabled(state: DesignerState): boolean
  run(ctx: ActionContext): void | Promise<void>
}

/** Key state of a keyboard event, as much of it as shortcuts need (a DOM KeyboardEvent fits). */
export interface KeyChord {
  readonly key: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly shiftKey: boolean
  readonly altKey: boolean
}

/**
 * True when the event is the shortcut, written like `Mod+Shift+Z` (`Mod` is Cmd on macOS, Ctrl elsewhere;
 * either is accepted so the same binding works on both). Letters compare case-insensitively.
 */
export function matchShortcut(shortcut: string, e: KeyChord): boolean {
  const parts = shortcut.split('+')
  const key = parts.at(-1) ?? ''
  const mods = new Set(parts.slice(0, -1))
  const mod = e.ctrlKey || e.metaKey
  if (mods.has('Mod') !== mod) return false
  if (mods.has('Shift') !== e.shiftKey) return false
  if (mods.has('Alt') !== e.altKey) return false
  return e.key.toLowerCase() === key.toLowerCase()
}

/** View switching: canvas only, code only, or side by side. */
const viewActions: readonly Action[] = [
  { id: 'view.design', label: 'Design', enabled: () => true, run: ({ store }) => store.getState().setView('design') },
  { id: 'view.code', label: 'Code', enabled: () => true, run: ({ store }) => store.getState().setView('code') },
  { id: 'view.split', label: 'Split', enabled: () => true, run: ({ store }) => store.getState().setView('split') },
]

/**
 * The action registry: every user action by id, in one place, for the toolbar, menus and key bindings.
 * `extra` lets later features (files, Share, Simulate, Deploy, image exports) register theirs without editing
 * this list. An id registered twice is a mistake unless the later action says `overrides: true` (and then there
 * must be one to override): two features would otherwise fight over a key with no sign of it.
 */
export function createActions(extra: readonly Action[] = []): ReadonlyMap<string, Action> {
  const registry = new Map<string, Action>()
  for (const action of [...editActions, ...fileActions, ...viewActions, ...extra]) {
    const before = registry.has(action.id)
    if (before && !action.overrides) throw new Error(`Action "${action.id}" is registered twice; mark the later one \`overrides: true\` if it replaces the first.`)
    if (!before && action.overrides) throw new Error(`Action "${action.id}" says it overrides one, but none is registered before it.`)
    registry.set(action.id, action)
  }
  return registry
}
