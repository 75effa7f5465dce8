import { useMemo } from 'react'
import type { SimTrace } from '../../store/simulation/SimTrace.ts'
import type { TraceIndex } from '../../store/simulation/TraceIndex.ts'
import { useSimulation } from './useSimulation.ts'

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
