import type { StoreApi } from 'zustand/vanilla'
import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import { collectStepNames } from '../../fdl/templates/collectStepNames.ts'
import type { PaletteKind } from '../../fdl/templates/PaletteKind.ts'
import { newStep } from '../../fdl/templates/newStep.ts'
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
