import type { Action } from '../store/actions/Action.ts'
import { createActions } from '../store/actions/Action.ts'
import { createDesignerStore } from '../store/createDesignerStore.ts'
import type { Designer } from '../store/Designer.ts'
import { createBrowserEnv } from './shell/createBrowserEnv.ts'

/**
 * Builds the app's designer: the store, the action registry (the shell's own actions and those of later
 * features, `extraActions`) and the browser environment. It opens no document: the files layer decides what
 * the page opens (a share link, `?example=NAME`, the autosaved document, else the seed example; openAtStart).
 */
export function startDesigner(extraActions: readonly Action[] = []): Designer {
  return { store: createDesignerStore(), actions: createActions(extraActions), env: createBrowserEnv() }
}
