import type { Action } from '../store/actions/Action.ts'
import { createActions } from '../store/actions/Action.ts'
import { createDesignerStore } from '../store/createDesignerStore.ts'
import type { Designer } from '../store/Designer.ts'
import { createBrowserEnv } from './shell/createBrowserEnv.ts'

/**
 * Builds the app's designer: the store, the action registry (the shell's own actions and those of later
 * features, `extraActions`) and the browser environment. It opens no document: the files layer decides what
 * the page opens (a share link, `?example=NAME`, the autosaved document, else the seed example; openAtStart).
 * `initialText` starts it on a text instead: the prerendered start page, rendered to HTML where the stores' initial
 * state is all a render reads.
 */
export function startDesigner(extraActions: readonly Action[] = [], initialText?: string): Designer {
  return { store: createDesignerStore(initialText === undefined ? {} : { initialText }), actions: createActions(extraActions), env: createBrowserEnv() }
}
