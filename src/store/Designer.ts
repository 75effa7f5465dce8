import type { StoreApi } from 'zustand/vanilla'
import type { Action, ActionEnv } from './actions/Action.ts'
import type { DesignerState } from './DesignerState.ts'

/** One designer instance as the UI receives it: the store, the action registry and the environment actions use. */
export interface Designer {
  readonly store: StoreApi<DesignerState>
  readonly actions: ReadonlyMap<string, Action>
  readonly env: ActionEnv
}
