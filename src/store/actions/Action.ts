import type { StoreApi } from 'zustand/vanilla'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import type { UiText } from '../../i18n/UiText.ts'
import type { DesignerState } from '../DesignerState.ts'

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
