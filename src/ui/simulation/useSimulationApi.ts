import type { SimulationState } from '../../store/simulation/SimulationState.ts'
import { useDesigner } from '../../store/Designer.ts'
import { simulationFor } from './simulationFor.ts'

/** The simulation store's functions and current state without subscribing (for event handlers). */
export function useSimulationApi(): () => SimulationState {
  const designer = useDesigner()
  const store = simulationFor(designer.store)
  return store.getState
}
