import { createStore, type StoreApi } from 'zustand/vanilla'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { DesignerState } from '../DesignerState.ts'
import { applyDelta, emptyTrace, endOfTrace } from './SimTrace.ts'
import { createTraceIndex, indexTrace } from './TraceIndex.ts'
import type { FrameClock, AdvanceTarget, HostEvent, SimHost } from './SimHost.ts'
import { heldAfter, nextMomentAfter } from './moments.ts'
import { NO_RUN } from './SimulationState.ts'
import { parseInputText, readScenarioProblems, childFlowNames } from './ScenarioFile.ts'
import type { SimulationState } from './SimulationState.ts'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createServerHost, probeServer, readServerAddress, type ServerProbe, type ServerTarget, serverFlowName } from './createServerHost.ts'

/** How the store reaches `fdl serve` in Local server mode (real HTTP by default; tests may point it elsewhere). */
export interface ServerDeps {
  readonly createHost: (target: ServerTarget) => SimHost
  readonly probe: (address: string) => Promise<ServerProbe>
}

const REAL_SERVER: ServerDeps = { createHost: (target) => createServerHost(target), probe: (address) => probeServer(address) }

/** Where `fdl serve` listens unless told otherwise. */
export const DEFAULT_SERVER_ADDRESS = 'http://127.0.0.1:8787'

/** What the simulation store is built from: the designer (for the flow text), the engine host and real time. */
export interface SimulationDeps {
  readonly designer: StoreApi<DesignerState>
  /** Creates the engine host on the first Run (a Web Worker in the browser), so loading the app starts none. */
  readonly createHost: () => SimHost
  readonly frames: FrameClock
  readonly server?: ServerDeps
}

/** Messages in English: what the state keeps beside them for tests, logs and the CLI. */
const english = (messages: readonly Message[]) => messages.map((m) => formatMessage(m))

/** How often a streaming run at instant speed is redrawn (real ms). */
const STREAM_REDRAW_MS = 200

/**
 * Creates the simulation store: the run's input and scenario, playback of the engine's trace at a chosen
 * speed, `t` for every view, and the manual worker's calls. The engine runs in the host (off the main
 * thread); this store only animates what it reports (STYLE rule 11: views are projections of the trace at `t`).
 */
export function createSimulationStore({ designer, createHost, frames, server = REAL_SERVER }: SimulationDeps): StoreApi<SimulationState> {
  /** The host of the current run: the engine's (kept for the next run), or the one following a run in `fdl serve`. */
  let host: SimHost | null = null
  let engine: SimHost | null = null
  let remote: SimHost | null = null
  /** The live edge last shown: a view left there follows the edge as a Local server run goes on. */
  let lastLive = -Infinity
  /** `Step` before any run started one: it begins paused at its first moment instead of playing. */
  let startPaused = false
  let session = 0
  let frame: unknown = null
  let lastReal = 0
  let advancing = false
  /** `Step` asked the engine for its next moment: show it when it arrives. */
  let follow = false
  /** The frame that will show trace updates received since the last one. */
  let shown: unknown = null
  /** Real time of the last redraw for trace updates. */
  let lastShown = -Infinity

  return createStore<SimulationState>()((set, get) => {
    const manual = () => get().scenario.worker?.manual === true
    const send = (target: AdvanceTarget) => {
      advancing = true
      host?.send({ kind: 'advance', session, target })
    }

    const stopFrames = () => {
      if (frame !== null) frames.cancel(frame)
      frame = null
    }
    const stopShowing = () => {
      if (shown !== null) frames.cancel(shown)
      shown = null
    }

    /** One animation frame: move `t` by the real time passed × speed, never past what the engine has simulated. */
    const tick = () => {
      frame = null
      const s = get()
      const trace = s.trace
      if (!s.playing || !trace) return
      const real = frames.now()
      const dt = real - lastReal
      lastReal = real
      if (s.speed === 'instant') {
        set({ t: trace.done ? endOfTrace(trace) : trace.now })
      } else {
        const wanted = s.t + dt * s.speed
        if (manual() && !trace.done && wanted > trace.now && !advancing) send({ kind: 'time', time: wanted })
        set({ t: Math.min(wanted, trace.done ? endOfTrace(trace) : trace.now) })
      }
      const after = get()
      if (trace.done && after.t >= endOfTrace(trace)) set({ playing: false })
      else frame = frames.request(tick)
    }

    /** Shows the trace's latest state: a new version for the views, and `t` following the live edge when it should. */
    const showTrace = () => {
      shown = null
      const s = get()
      if (!s.trace) return
      // While a long run streams in at instant speed, redraw a few times a second: each redraw walks the whole trace.
      const now = frames.now()
      if (s.speed === 'instant' && !s.trace.done && !follow && now - lastShown < STREAM_REDRAW_MS) {
        shown = frames.request(showTrace)
        return
      }
      lastShown = now
      const live = s.trace.done ? endOfTrace(s.trace) : s.trace.now
      // A run in fdl serve happens in real time: a view at the edge stays there (a delete after the end shows too).
      const atEdge = s.connection !== null && s.t >= lastLive
      lastLive = live
      const t = follow || atEdge || (s.speed === 'instant' && s.playing) ? live : s.t
      follow = false
      set({ traceVersion: s.trace.version, t })
    }

    const play = () => {
      set({ playing: true })
      lastReal = frames.now()
      if (frame === null) frame = frames.request(tick)
    }

    const onHostEvent = (e: HostEvent) => {
      if (e.session !== session) return
      const s = get()
      switch (e.kind) {
        case 'started': {
          set({ ...NO_RUN, phase: 'active', trace: emptyTrace(e.startTime), index: createTraceIndex(), t: e.startTime, runText: s.runText, runWarnings: english(e.warnings), runWarningText: e.warnings })
          if (startPaused) {
            // Stepping from the start: only the first moment is shown; the manual worker's clock waits for the next Step.
            startPaused = false
            if (!manual()) send({ kind: 'idle' })
            return
          }
          send({ kind: 'idle' })
          return play()
        }
        case 'refused':
          startPaused = false
          stopFrames()
          return set({ phase: 'refused', refusal: english(e.problems), refusalText: e.problems, playing: false })
        case 'delta': {
          if (!s.trace || !s.index) return
          applyDelta(s.trace, e.delta)
          indexTrace(s.index, s.trace)
          advancing = false
          // Taken in: the host may send more. Views redraw at most once per frame (less often while streaming).
          host?.send({ kind: 'ack', session, seq: e.seq })
          if (shown === null) shown = frames.request(showTrace)
          return
        }
        case 'answer':
          return set({ answers: [...s.answers, e.answer], held: heldAfter(s.held, e.answer), busy: false })
        case 'connection':
          return set({ connection: { state: e.state, message: formatMessage(e.message) }, connectionText: e.message })
      }
    }

    const refuse = (problem: Message) => set({ phase: 'refused', refusal: english([problem]), refusalText: [problem] })

    const start = () => {
      const s = get()
      const input = parseInputText(s.inputText)
      if (!input.ok) return refuse(msg('Execution input: {error}', { error: input.text }))
      remote?.dispose()
      remote = null
      if (s.localServer) {
        const address = readServerAddress(s.serverAddress)
        if (!address.ok) return refuse(address.text)
        host = remote = server.createHost({ address: address.address, flowName: serverFlowName(designer.getState().documentName) })
        host.listen(onHostEvent)
      } else {
        if (!engine) {
          engine = createHost()
          engine.listen(onHostEvent)
        }
        host = engine
      }
      session++
      advancing = false
      lastLive = -Infinity
      const text = designer.getState().text
      set({ phase: 'starting', refusal: [], refusalText: [], trace: null, index: null, playing: false, runText: text })
      // Only the child flows something calls: one left loaded after its call was edited away must not block runs.
      const called = new Set(childFlowNames([parseFdl(text).flow, ...Object.values(s.childFlows).map((f) => parseFdl(f.text).flow)]))
      const flows = Object.fromEntries(Object.entries(s.childFlows).filter(([name]) => called.has(name)).map(([name, file]) => [name, file.text]))
      host.send({ kind: 'start', session, text, scenario: { ...s.scenario, input: input.value }, manual: manual(), flows })
    }

    return {
      ...NO_RUN,
      open: false,
      presenting: false,
      inputText: '{}',
      inputError: null,
      inputErrorText: null,
      inputValue: {},
      scenario: {},
      childFlows: {},
      scenarioProblems: [],
      scenarioProblemTexts: [],
      speed: 1,
      selectedStep: null,
      localServer: false,
      serverAddress: DEFAULT_SERVER_ADDRESS,
      serverCheck: { state: 'idle', message: '' },
      serverCheckText: null,

      setOpen: (open) => set(open ? { open } : { open, presenting: false }),
      setPresenting: (presenting) => set(presenting ? { presenting, open: true } : { presenting }),
      setInputText(inputText) {
        const r = parseInputText(inputText)
        const same = r.ok && JSON.stringify(r.value) === JSON.stringify(get().inputValue)
        set(r.ok ? { inputText, inputError: null, inputErrorText: null, ...(same ? {} : { inputValue: r.value }) } : { inputText, inputError: r.error, inputErrorText: r.text })
      },
      setInputValue(value) {
        set({ inputText: JSON.stringify(value ?? {}, null, 2), inputError: null, inputErrorText: null, inputValue: value ?? {} })
      },
      setScenario: (scenario) => set({ scenario, ...readScenarioProblems(scenario) }),
      setChildFlow(name, file) {
        const { [name]: _old, ...others } = get().childFlows
        const { [name]: _path, ...otherPaths } = get().scenario.flows ?? {}
        const paths = file ? { ...otherPaths, [name]: file.fileName } : otherPaths
        const { flows: _flows, ...rest } = get().scenario
        get().reset() // a run with the old definition is out of date
        set({ childFlows: file ? { ...others, [name]: file } : others })
        get().setScenario(Object.keys(paths).length > 0 ? { ...rest, flows: paths } : rest)
      },
      loadScenarioFile(file) {
        const { input, ...rest } = file
        get().setInputText(JSON.stringify(input ?? {}, null, 2))
        // The child flows opened here are what runs: the scenario goes on naming their files.
        const opened = Object.fromEntries(Object.entries(get().childFlows).map(([name, f]) => [name, f.fileName]))
        const flows = { ...rest.flows, ...opened }
        get().setScenario(Object.keys(flows).length > 0 ? { ...rest, flows } : rest)
      },
      setSpeed(speed) {
        set({ speed })
        const s = get()
        if (speed === 'instant' && s.trace && manual() && !s.trace.done) send({ kind: 'idle' })
      },
      setManual(on) {
        const s = get()
        if (s.localServer) get().setLocalServer(false)
        get().setScenario({ ...s.scenario, worker: { ...s.scenario.worker, manual: on } })
      },
      setLocalServer(on) {
        if (on === get().localServer) return
        get().reset() // a run shown now belongs to the other mode
        set({ localServer: on })
      },
      setServerAddress(serverAddress) {
        set({ serverAddress, serverCheck: { state: 'idle', message: '' }, serverCheckText: null })
      },
      async connect() {
        const typed = get().serverAddress
        const address = readServerAddress(typed)
        if (!address.ok) return set({ serverCheck: { state: 'error', message: address.error }, serverCheckText: address.text })
        const asking = msg('Asking {address}…', { address: address.address })
        set({ serverCheck: { state: 'checking', message: formatMessage(asking) }, serverCheckText: asking })
        const answer = await server.probe(address.address)
        // An answer for an address edited meanwhile is about another server.
        if (get().serverAddress === typed) set({ serverCheck: { state: answer.ok ? 'ok' : 'error', message: answer.message }, serverCheckText: answer.text })
      },
      run() {
        const s = get()
        // Resume a paused run unless it has ended or the flow was edited since it started.
        const current = s.runText === designer.getState().text
        startPaused = false
        if (s.phase === 'active' && s.trace && current && !(s.trace.done && s.t >= endOfTrace(s.trace))) return play()
        start()
      },
      pause() {
        stopFrames()
        set({ playing: false })
      },
      step() {
        get().pause()
        const s = get()
        if (!s.trace) {
          // Before a run (or after Reset): start one and stop at its first moment, t = 0.
          if (s.phase !== 'starting') {
            startPaused = true
            start()
          }
          return
        }
        const next = nextMomentAfter(s.trace, s.t)
        if (next !== null) set({ t: next })
        else if (!s.trace.done) {
          follow = true
          send({ kind: 'next' })
        }
      },
      reset() {
        stopFrames()
        stopShowing()
        if (host) host.send({ kind: 'stop', session })
        remote?.dispose()
        remote = null
        session++
        set(NO_RUN)
      },
      seek(t) {
        const s = get()
        if (!s.trace) return
        set({ t: Math.max(s.trace.startTime, Math.min(t, s.trace.now)) })
      },
      selectStep: (selectedStep, selectedSpan = null) => set({ selectedStep, selectedSpan }),
      callManual(call) {
        if (!host || get().phase !== 'active') return
        set({ busy: true })
        host.send({ kind: 'manual', session, call })
        // At instant speed the run goes on at once (a long poll waits for its message, a report's task ends).
        if (get().speed === 'instant') send({ kind: 'idle' })
      },
      scenarioFile() {
        const s = get()
        const input = parseInputText(s.inputText)
        return { ...(input.ok ? { input: input.value } : {}), ...s.scenario }
      },
    }
  })
}
