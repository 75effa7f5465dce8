import { lazy, Suspense, useSyncExternalStore } from 'react'
import { useDesigner } from '../../store/Designer.ts'
import { goToStepFor } from './goToStep.ts'

/** The search itself loads on first use (Ctrl+K or `/`), not with the designer: it is not needed to draw the flow. */
const GoToStepSearch = lazy(() => import('./GoToStepSearch.tsx').then((m) => ({ default: m.GoToStepSearch })))

/**
 * The `Go to step` search: a name field and the steps that match; Enter (or a click) selects the step, centres
 * it on the canvas and closes. Arrow keys move through the list. Rendered inside the canvas's React Flow.
 */
export function GoToStepDialog() {
  const designer = useDesigner()
  const ui = goToStepFor(designer.store)
  const open = useSyncExternalStore(ui.subscribe, () => ui.getState().open)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <GoToStepSearch onClose={() => ui.setState({ open: false })} />
    </Suspense>
  )
}

