import type { Designer } from '../store/Designer.ts'

/** A marker as tests read it: who set it (owner 'yaml' is the schema, 'fdl' the validator) and where. */
export interface TestMarker {
  readonly owner: string
  readonly severity: number
  readonly message: string
  readonly line: number
}

/**
 * Hooks the e2e tests and the browser benchmark read on `window.__fdl` (documented in the README): the document
 * text, the designer state, and the editor's markers once Monaco has loaded. Read-only except `load`, which
 * the benchmark uses to open a generated flow the same way a file open does.
 */
export interface FdlTestHooks {
  text(): string
  state(): ReturnType<Designer['store']['getState']>
  load(text: string): void
  markers?: () => readonly TestMarker[]
  /** The code editor's text, once Monaco has loaded (it must always equal `text()` when idle). */
  editorText?: () => string
}

declare global {
  interface Window {
    __fdl?: FdlTestHooks
  }
}

/** Installs {@link FdlTestHooks} for one designer. */
export function installTestHooks(designer: Designer): void {
  const { store } = designer
  window.__fdl = {
    ...window.__fdl,
    text: () => store.getState().text,
    state: () => store.getState(),
    load: (text) => void store.getState().dispatch({ origin: 'load', text, name: 'Benchmark flow' }),
  }
}
