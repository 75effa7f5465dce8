import { useStore } from 'zustand'
import type { SimulationState } from '../../store/simulation/SimulationState.ts'
import { useDesigner } from '../../store/Designer.ts'
import { useMemo } from 'react'
import type { SimTrace } from '../../store/simulation/SimTrace.ts'
import type { TraceIndex } from '../../store/simulation/TraceIndex.ts'
import type { StoreApi } from 'zustand/vanilla'
import type { DesignerState, ViewMode } from '../../store/DesignerState.ts'
import { createSimulationStore } from '../../store/simulation/createSimulationStore.ts'
import type { FrameClock } from '../../store/simulation/SimHost.ts'
import { createWorkerHost } from './hosts.ts'

/** A narrow slice of the simulation state of the designer in context (`useSimulation((s) => s.t)`). */
export function useSimulation<T>(selector: (state: SimulationState) => T): T {
  const designer = useDesigner()
  return useStore(simulationFor(designer.store), selector)
}

/** The simulation store's functions and current state without subscribing (for event handlers). */
export function useSimulationApi(): () => SimulationState {
  const designer = useDesigner()
  const store = simulationFor(designer.store)
  return store.getState
}

/** One version of the trace: a new object whenever the trace grows, so it can key memoised projections. */
export interface TraceSnapshot {
  readonly trace: SimTrace | null
  readonly index: TraceIndex | null
  readonly version: number
}

/**
 * The current trace and its index as a {@link TraceSnapshot}. Trace and index are updated in place, so
 * views memoise what they derive on the snapshot, which changes with every shown update.
 */
export function useTraceIndex(): TraceSnapshot {
  const trace = useSimulation((s) => s.trace)
  const index = useSimulation((s) => s.index)
  const version = useSimulation((s) => s.traceVersion)
  return useMemo(() => ({ trace, index, version }), [trace, index, version])
}

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
