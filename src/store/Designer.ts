import type { StoreApi } from 'zustand/vanilla'
import type { Action, ActionEnv } from './actions/Action.ts'
import type { DesignerState } from './DesignerState.ts'
import { createContext, useContext } from 'react'
import { useStore } from 'zustand'

/** One designer instance as the UI receives it: the store, the action registry and the environment actions use. */
export interface Designer {
  readonly store: StoreApi<DesignerState>
  readonly actions: ReadonlyMap<string, Action>
  readonly env: ActionEnv
}

/** Hands the designer instance to components; the app provides one, tests and benches may provide their own. */
export const DesignerContext = createContext<Designer | null>(null)

/** The designer instance from context (throws outside a provider: a wiring bug, not a user error). */
function useDesignerInstance(): Designer {
  const designer = useContext(DesignerContext)
  if (!designer) throw new Error('useDesigner must be used inside <DesignerContext.Provider>')
  return designer
}

/** Subscribes to nothing, so asking for the instance does not re-render on every change. */
const nothing = () => null

/**
 * The one hook components use: a narrow slice of the designer state (`useDesigner((s) => s.selection)`), or,
 * without a selector, the instance itself for running actions.
 */
export function useDesigner(): Designer
export function useDesigner<T>(selector: (state: DesignerState) => T): T
export function useDesigner<T>(selector?: (state: DesignerState) => T): T | Designer {
  const designer = useDesignerInstance()
  const slice = useStore(designer.store, selector ?? nothing)
  return selector ? (slice as T) : designer
}
