import type { Message } from '../../i18n/Message.ts'
import type { ChildFlowFile, ScenarioFile } from './ScenarioFile.ts'
import type { ConnectionState, ManualAnswer, ManualCall } from './SimHost.ts'
import type { SimTrace } from './SimTrace.ts'
import type { TraceIndex } from './TraceIndex.ts'

/** Playback speed: virtual seconds per real second, or `instant` (jump to the end, or to where a person must act). */
export type Speed = 1 | 10 | 100 | 'instant'

/** Where a run stands: nothing yet, being prepared, playing or paused, refused (bad flow, input or scenario). */
export type RunPhase = 'idle' | 'starting' | 'active' | 'refused'

/** A message the manual worker received and still holds, with what the service answered. */
export interface HeldMessage {
  readonly queue: string
  readonly messageId: string
  readonly receiptHandle: string
  readonly body: string
  readonly dequeueCount: number
  /** Virtual ms when it was received. */
  readonly time: number
}

/**
 * The simulation view's state, beside the designer's document: the run's input and scenario (saved with the
 * document), the trace received from the engine, the time `t` every view shows, playback, the manual worker,
 * and what is selected. Functions at the end are the only way to change it.
 */
export interface SimulationState {
  readonly open: boolean
  /** Presentation mode: the canvas and the sequence view fill the window, for a demo on a projector. */
  readonly presenting: boolean
  /** The execution input as typed (JSON); kept even while it does not parse. */
  readonly inputText: string
  readonly inputError: string | null
  /** `inputError` as a message, to show in the person's language. */
  readonly inputErrorText: Message | null
  /** The input as a value: the last text that parsed, kept as the same object while its meaning is unchanged. */
  readonly inputValue: unknown
  /** Everything of the scenario file except `input`, which is `inputText`. */
  readonly scenario: ScenarioFile
  /**
   * Child flows loaded for this document, by the name tasks call them with (`acs:fnf:::flow/NAME`); a call to
   * one not loaded runs as a task with the scenario's outcomes. Saved with the document, like the scenario.
   */
  readonly childFlows: Readonly<Record<string, ChildFlowFile>>
  /** What the simulator objects to in `scenario`, in English; `scenarioProblemTexts` is what the editor shows. */
  readonly scenarioProblems: readonly string[]
  readonly scenarioProblemTexts: readonly Message[]
  readonly speed: Speed
  readonly phase: RunPhase
  readonly playing: boolean
  /** Why the last Run was refused, in words for the user (English; `refusalText` is what the panel shows). */
  readonly refusal: readonly string[]
  readonly refusalText: readonly Message[]
  /** What in the scenario the running simulation cannot apply (it runs, and says so); shown from `runWarningText`. */
  readonly runWarnings: readonly string[]
  readonly runWarningText: readonly Message[]
  readonly trace: SimTrace | null
  /** The trace's index, kept up to date as each update arrives (so views never index a backlog while drawing). */
  readonly index: TraceIndex | null
  /** Changes whenever the trace grows (the trace itself is updated in place). */
  readonly traceVersion: number
  /** The flow text and scenario the current run was started with (to tell when the run is out of date). */
  readonly runText: string | null
  /** The virtual time shown everywhere, ms since the epoch. */
  readonly t: number
  readonly selectedStep: string | null
  /** The run of the selected step picked on the timeline (null: its latest run at `t`). */
  readonly selectedSpan: number | null
  /** The manual worker's calls and the service's answers, newest last. */
  readonly answers: readonly ManualAnswer[]
  /** Messages the manual worker received and has not deleted. */
  readonly held: readonly HeldMessage[]
  /** Waiting for the host to answer a manual call. */
  readonly busy: boolean
  /**
   * Who plays the worker when it is not the simulated one or the person: `Local server` mode runs the flow in
   * `fdl serve` at `serverAddress`, against the user's own worker, and the views follow it live.
   */
  readonly localServer: boolean
  /** The server address as typed (kept while it does not parse). */
  readonly serverAddress: string
  /** What the last `Connect` found: nothing asked yet, asking, the server answered, or why not. */
  readonly serverCheck: { readonly state: 'idle' | 'checking' | 'ok' | 'error'; readonly message: string }
  /** `serverCheck.message` as a message, to show in the person's language (null while idle). */
  readonly serverCheckText: Message | null
  /** The current Local server run's link to the server (null for runs in the browser). */
  readonly connection: { readonly state: ConnectionState; readonly message: string } | null
  /** `connection.message` as a message, to show in the person's language. */
  readonly connectionText: Message | null

  setOpen(open: boolean): void
  /** Enters presentation mode (opening the simulation) or leaves it (the simulation stays open). */
  setPresenting(presenting: boolean): void
  setInputText(text: string): void
  /** Sets the input from a value edited elsewhere (the inspector's sample input), keeping that very object. */
  setInputValue(value: unknown): void
  setScenario(scenario: ScenarioFile): void
  /** Loads (or with null removes) the child flow `name`; the scenario's `flows` names its file, as the CLI reads it. */
  setChildFlow(name: string, file: ChildFlowFile | null): void
  /** Replaces input and scenario from an opened scenario file's data. */
  loadScenarioFile(file: ScenarioFile): void
  setSpeed(speed: Speed): void
  /** Simulated (false) or manual (true) worker; either leaves Local server mode. */
  setManual(manual: boolean): void
  setLocalServer(on: boolean): void
  setServerAddress(text: string): void
  /** Checks that `fdl serve` answers at the address (the `Connect` button). */
  connect(): Promise<void>
  run(): void
  pause(): void
  step(): void
  reset(): void
  seek(t: number): void
  selectStep(name: string | null, span?: number | null): void
  callManual(call: ManualCall): void
  /** The scenario file with `input` (what Download scenario writes). */
  scenarioFile(): ScenarioFile
}

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
