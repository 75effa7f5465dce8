import { useMemo } from 'react'
import { createTraceIndex } from '../../store/simulation/createTraceIndex.ts'
import { indexTrace } from '../../store/simulation/indexTrace.ts'
import type { SimTrace } from '../../store/simulation/SimTrace.ts'
import type { TraceIndex } from '../../store/simulation/TraceIndex.ts'
import { useSimulation } from './useSimulation.ts'

const indexes = new WeakMap<SimTrace, TraceIndex>()

/** The index of a trace, brought up to date with its latest events (shared by every view). */
export function traceIndexOf(trace: SimTrace): TraceIndex {
  let index = indexes.get(trace)
  if (!index) {
    index = createTraceIndex()
    indexes.set(trace, index)
  }
  return indexTrace(index, trace)
}

/** One version of the trace: a new object whenever the trace grows, so it can key memoised projections. */
export interface TraceSnapshot {
  readonly trace: SimTrace | null
  readonly index: TraceIndex | null
  readonly version: number
}

/**
 * The current trace and its index as a {@link TraceSnapshot}. Trace and index are updated in place, so
 * views memoise what they derive on the snapshot, which changes with every update.
 */
export function useTraceIndex(): TraceSnapshot {
  const trace = useSimulation((s) => s.trace)
  const version = useSimulation((s) => s.traceVersion)
  return useMemo(() => ({ trace, index: trace ? traceIndexOf(trace) : null, version }), [trace, version])
}
