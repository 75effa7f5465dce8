import type { StoreApi } from 'zustand/vanilla'
import type { KeyValueStore } from '../../persist/KeyValueStore.ts'
import type { ChildFlowFile, ScenarioFile } from './ScenarioFile.ts'
import type { SimulationState } from './SimulationState.ts'

/** What is stored per document: the input as typed, the scenario and the loaded child flows. */
interface StoredScenario {
  readonly version: 1
  readonly inputText: string
  readonly scenario: ScenarioFile
  /** Absent in what earlier versions stored. */
  readonly childFlows?: Readonly<Record<string, ChildFlowFile>>
}

/** The timer part of a clock, injected so tests step time by hand. */
export interface PersistTimer {
  setTimeout(run: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
}

/** Keeps each document's simulation input and scenario; see {@link createScenarioPersistence}. */
export interface ScenarioPersistence {
  /** The document now open (its stored id, else its name); loads its scenario, or the defaults. */
  setDocument(key: string | null): Promise<void>
  flush(): Promise<void>
  dispose(): void
}

const storageKey = (doc: string) => `scenario:${doc}`

/**
 * Saves the simulation's input and scenario with the open document (shortly after each change, at once when a
 * run starts) and puts a
 * document's own back when it is opened, resetting any run of the previous one. Storage failures are
 * swallowed: the scenario is a convenience, and editing and simulating go on.
 */
export function createScenarioPersistence(sim: StoreApi<SimulationState>, kv: KeyValueStore, timer: PersistTimer, delayMs = 250): ScenarioPersistence {
  let doc: string | null = null
  let quiet = false
  let pending: { doc: string; value: StoredScenario } | null = null
  let handle: unknown = null
  /** The user changed input or scenario since the document was switched: what loads later must not overwrite it. */
  let edited = false

  const flush = async () => {
    if (handle !== null) timer.clearTimeout(handle)
    handle = null
    const p = pending
    pending = null
    if (p) await kv.set(storageKey(p.doc), p.value).catch(() => undefined)
  }

  const unsubscribe = sim.subscribe((s, prev) => {
    // Starting a run is a moment the user relies on what they set up: save it now rather than after the pause.
    if (s.phase === 'starting' && prev.phase !== 'starting' && pending) void flush()
    if (quiet || doc === null || (s.inputText === prev.inputText && s.scenario === prev.scenario && s.childFlows === prev.childFlows)) return
    edited = true
    pending = { doc, value: { version: 1, inputText: s.inputText, scenario: s.scenario, childFlows: s.childFlows } }
    if (handle !== null) timer.clearTimeout(handle)
    handle = timer.setTimeout(() => void flush(), delayMs)
  })

  const quietly = (run: (s: SimulationState) => void) => {
    quiet = true
    try {
      run(sim.getState())
    } finally {
      quiet = false
    }
  }

  return {
    async setDocument(key) {
      if (key === doc) return
      // Switch at once (edits from now on belong to the new document), then save the old one's last change.
      const old = flush()
      doc = key
      edited = false
      quietly((s) => {
        s.reset()
        s.setInputText('{}')
        s.setScenario({})
        sim.setState({ childFlows: {} })
      })
      await old
      if (key === null) return
      const stored = await kv.get<StoredScenario>(storageKey(key)).catch(() => undefined)
      if (doc !== key || edited || stored?.version !== 1) return
      quietly((s) => {
        s.setInputText(stored.inputText)
        s.setScenario(stored.scenario)
        sim.setState({ childFlows: stored.childFlows ?? {} })
      })
    },
    flush,
    dispose() {
      unsubscribe()
      if (handle !== null) timer.clearTimeout(handle)
    },
  }
}
