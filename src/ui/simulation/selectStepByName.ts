import type { StoreApi } from 'zustand/vanilla'
import type { DesignerState } from '../../store/DesignerState.ts'
import { indexSteps } from '../../store/indexSteps.ts'

/** Selects the step called `name` in the designer (canvas, inspector and code follow), if the flow has it. */
export function selectStepByName(designer: StoreApi<DesignerState>, name: string): void {
  const s = designer.getState()
  for (const entry of indexSteps(s.good.parsed.flow).values()) {
    if (entry.step.name === name) return s.select([entry.step.path], 'canvas')
  }
}
