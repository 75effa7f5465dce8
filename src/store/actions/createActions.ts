import type { Action } from './Action.ts'
import { editActions } from './editActions.ts'
import { fileActions } from './fileActions.ts'

/** View switching: canvas only, code only, or side by side. */
const viewActions: readonly Action[] = [
  { id: 'view.design', label: 'Design', enabled: () => true, run: ({ store }) => store.getState().setView('design') },
  { id: 'view.code', label: 'Code', enabled: () => true, run: ({ store }) => store.getState().setView('code') },
  { id: 'view.split', label: 'Split', enabled: () => true, run: ({ store }) => store.getState().setView('split') },
]

/** Share and Simulate are built by later features, which register enabled actions under these ids. */
const laterActions: readonly Action[] = [
  { id: 'share', label: 'Share', enabled: () => false, run: () => undefined },
  { id: 'simulate', label: 'Simulate', enabled: () => false, run: () => undefined },
]

/**
 * The action registry: every user action by id, in one place, for the toolbar, menus and key bindings.
 * `extra` lets later features (Share, Simulate, image exports) register theirs without editing this list.
 */
export function createActions(extra: readonly Action[] = []): ReadonlyMap<string, Action> {
  const all = [...editActions, ...fileActions, ...viewActions, ...laterActions, ...extra]
  return new Map(all.map((a) => [a.id, a]))
}
