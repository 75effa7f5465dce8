import type { SimulationState } from './SimulationState.ts'

/** The run-related state when nothing has run (or after Reset): no trace, time 0, nothing held or answered. */
export const NO_RUN = {
  phase: 'idle',
  playing: false,
  refusal: [],
  refusalText: [],
  runWarnings: [],
  runWarningText: [],
  trace: null,
  index: null,
  traceVersion: 0,
  runText: null,
  t: 0,
  selectedSpan: null,
  answers: [],
  held: [],
  busy: false,
  connection: null,
  connectionText: null,
} as const satisfies Partial<SimulationState>
