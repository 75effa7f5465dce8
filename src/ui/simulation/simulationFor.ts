import type { StoreApi } from 'zustand/vanilla'
import type { DesignerState } from '../../store/DesignerState.ts'
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
 * The simulation store of a designer, created on first use with the browser's worker host and animation
 * frames. Keyed by the designer's store so the Simulate action (which only receives the designer) and the
 * components reach the same one without another provider.
 */
export function simulationFor(designer: StoreApi<DesignerState>): StoreApi<SimulationState> {
  let store = stores.get(designer)
  if (!store) {
    store = createSimulationStore({ designer, createHost: createWorkerHost, frames: browserFrames })
    stores.set(designer, store)
  }
  return store
}
