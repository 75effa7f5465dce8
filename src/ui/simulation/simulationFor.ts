import type { StoreApi } from 'zustand/vanilla'
import type { DesignerState, ViewMode } from '../../store/DesignerState.ts'
import { createSimulationStore } from '../../store/simulation/createSimulationStore.ts'
import type { FrameClock } from '../../store/simulation/FrameClock.ts'
import type { SimulationState } from '../../store/simulation/SimulationState.ts'
import { createWorkerHost } from './createWorkerHost.ts'

const stores = new WeakMap<StoreApi<DesignerState>, StoreApi<SimulationState>>()

const browserFrames: FrameClock = {
  now: () => performance.now(),
  request: (run) => requestAnimationFrame(() => run()),
  cancel: (handle) => cancelAnimationFrame(handle as number),
}

/**
 * While the simulation is open the canvas gets the width (Design view), since it is where each step's state
 * shows; closing puts the previous view back unless the user changed it meanwhile.
 */
function followOpen(designer: StoreApi<DesignerState>, sim: StoreApi<SimulationState>): void {
  let before: ViewMode | null = null
  sim.subscribe((s, prev) => {
    if (s.open === prev.open) return
    const d = designer.getState()
    if (s.open) {
      before = d.view
      if (d.view !== 'design') d.setView('design')
    } else if (before && d.view === 'design') d.setView(before)
  })
}

/**
 * The simulation store of a designer, created on first use with the browser's worker host and animation
 * frames. Keyed by the designer's store so the Simulate action (which only receives the designer) and the
 * components reach the same one without another provider.
 */
export function simulationFor(designer: StoreApi<DesignerState>): StoreApi<SimulationState> {
  let store = stores.get(designer)
  if (!store) {
    store = createSimulationStore({ designer, createHost: createWorkerHost, frames: browserFrames })
    stores.set(designer, store)
    followOpen(designer, store)
  }
  return store
}
