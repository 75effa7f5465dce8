import { useStore } from 'zustand'
import type { SimulationState } from '../../store/simulation/SimulationState.ts'
import { useDesigner } from '../../store/Designer.ts'
import { simulationFor } from './simulationFor.ts'

/** A narrow slice of the simulation state of the designer in context (`useSimulation((s) => s.t)`). */
export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  const designer = useDesigner()
  return useStore(simulationFor(designer.store), selector)
}
