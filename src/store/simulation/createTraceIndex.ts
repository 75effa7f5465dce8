import type { TraceIndex } from './TraceIndex.ts'

/** An empty index, to be filled by `indexTrace` as the trace grows. */
export function createTraceIndex(): TraceIndex {
  return {
    spans: [], rows: [], roots: [], consumed: [], spanOfEvent: new Map(), spansOfStep: new Map(), rowOfKey: new Map(),
    messagesOfSpan: new Map(), reportsOfToken: new Map(), messagesSeen: 0, actionsSeen: 0, version: -1,
  }
}
