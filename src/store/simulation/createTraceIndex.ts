import type { TraceIndex } from './TraceIndex.ts'

/** An empty index, to be filled by `indexTrace` as the trace grows. */
export function createTraceIndex(): TraceIndex {
  return { spans: [], rows: [], roots: [], consumed: [], spanOfEvent: new Map(), spansOfStep: new Map(), rowOfKey: new Map(), version: -1 }
}
