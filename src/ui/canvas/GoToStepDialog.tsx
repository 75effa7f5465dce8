import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Action } from '../../store/actions/Action.ts'
import type { DesignerState } from '../../store/DesignerState.ts'
import { lazy, Suspense, useSyncExternalStore } from 'react'
import { useDesigner } from '../../store/Designer.ts'

/** Whether the `Go to step` search is open, per designer (the action opens it; the canvas draws it). */
export interface GoToStepUi {
  readonly open: boolean
}

const uis = new WeakMap<StoreApi<DesignerState>, StoreApi<GoToStepUi>>()

/** The `Go to step` state of a designer, created on first use (keyed like `simulationFor`). */
export function goToStepFor(designer: StoreApi<DesignerState>): StoreApi<GoToStepUi> {
  let ui = uis.get(designer)
  if (!ui) {
    ui = createStore<GoToStepUi>()(() => ({ open: false }))
    uis.set(designer, ui)
  }
  return ui
}

const open: Action['run'] = ({ store }) => goToStepFor(store).setState({ open: true })
const hasSteps = (s: DesignerState) => (s.good.parsed.flow?.body.steps.length ?? 0) > 0

/**
 * `Go to step` (Ctrl+K anywhere, `/` on the canvas): type a name, Enter selects the step and centres it, for
 * flows too big to find a step by eye.
 */
export const goToStepActions: readonly Action[] = [
  { id: 'step.goto', label: 'Go to step', shortcut: ['Mod+K'], scope: 'global', enabled: hasSteps, run: open },
  { id: 'step.goto.slash', label: 'Go to step', shortcut: ['/'], scope: 'canvas', enabled: hasSteps, run: open },
]

/** The search itself loads on first use (Ctrl+K or `/`), not with the designer: it is not needed to draw the flow. */
const GoToStepSearch = lazy(() => import('./GoToStepSearch.tsx').then((m) => ({ default: m.GoToStepSearch })))

/**
 * The `Go to step` search: a name field and the steps that match; Enter (or a click) selects the step, centres
 * it on the canvas and closes. Arrow keys move through the list. Rendered inside the canvas's React Flow.
 */
export function GoToStepDialog() {
  const designer = useDesigner()
  const ui = goToStepFor(designer.store)
  // The same snapshot when rendered to HTML at build time (ui/prerender/), where React asks for a server one.
  const open = useSyncExternalStore(ui.subscribe, () => ui.getState().open, () => ui.getState().open)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <GoToStepSearch onClose={() => ui.setState({ open: false })} />
    </Suspense>
  )
}
