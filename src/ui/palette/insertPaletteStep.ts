import type { StoreApi } from 'zustand/vanilla'
import type { JsonPath } from '../../fdl/model/jsonPaths.ts'
import { collectStepNames, newStep } from '../../fdl/templates/newStep.ts'
import type { PaletteKind } from '../../fdl/templates/newStep.ts'
import { insertionPoint } from '../../store/actions/insertionPoint.ts'
import type { DesignerState, DispatchResult } from '../../store/DesignerState.ts'

/**
 * Inserts a new step of a palette kind with a flow-wide unique name: where it was dropped, or (click / Enter)
 * after the selected step, else at the end of the flow. One undo step.
 */
export function insertPaletteStep(store: StoreApi<DesignerState>, kind: PaletteKind, at?: { sequence: JsonPath; index: number }): DispatchResult {
  const s = store.getState()
  const target = at ?? insertionPoint(s)
  const step = newStep(kind, collectStepNames(s.good.parsed.flow))
  return s.dispatch({ origin: 'canvas', command: { type: 'step.insert', sequence: target.sequence, index: target.index, step } })
}
