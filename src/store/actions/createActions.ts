import type { Action } from './Action.ts'
import { editActions } from './editActions.ts'
import { fileActions } from './fileActions.ts'

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
