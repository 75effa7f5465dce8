import type { StoreApi } from 'zustand/vanilla'
import type { KeyValueStore } from '../persist/KeyValueStore.ts'
import type { ScenarioFile } from './ScenarioFile.ts'
import type { SimulationState } from './SimulationState.ts'

/** What is stored per document: the input as typed and the scenario. */
interface StoredScenario {
  readonly version: 1
  readonly inputText: string
  readonly scenario: ScenarioFile
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
 * Saves the simulation's input and scenario with the open document (shortly after each change) and puts a
 * document's own back when it is opened, resetting any run of the previous one. Storage failures are
 * swallowed: the scenario is a convenience, and editing and simulating go on.
 */
export function createScenarioPersistence(sim: StoreApi<SimulationState>, kv: KeyValueStore, timer: PersistTimer, delayMs = 400): ScenarioPersistence {
  let doc: string | null = null
  let quiet = false
  let pending: { doc: string; value: StoredScenario } | null = null
  let handle: unknown = null

  const flush = async () => {
    if (handle !== null) timer.clearTimeout(handle)
    handle = null
    const p = pending
    pending = null
    if (p) await kv.set(storageKey(p.doc), p.value).catch(() => undefined)
  }

  const unsubscribe = sim.subscribe((s, prev) => {
    if (quiet || doc === null || (s.inputText === prev.inputText && s.scenario === prev.scenario)) return
    pending = { doc, value: { version: 1, inputText: s.inputText, scenario: s.scenario } }
    if (handle !== null) timer.clearTimeout(handle)
    handle = timer.setTimeout(() => void flush(), delayMs)
  })

  const apply = (stored: StoredScenario | undefined) => {
    quiet = true
    try {
      const s = sim.getState()
      s.reset()
      s.setInputText(stored?.inputText ?? '{}')
      s.setScenario(stored?.scenario ?? {})
    } finally {
      quiet = false
    }
  }

  return {
    async setDocument(key) {
      if (key === doc) return
      await flush()
      doc = key
      if (key === null) return apply(undefined)
      const stored = await kv.get<StoredScenario>(storageKey(key)).catch(() => undefined)
      if (doc === key) apply(stored?.version === 1 ? stored : undefined)
    },
    flush,
    dispose() {
      unsubscribe()
      if (handle !== null) timer.clearTimeout(handle)
    },
  }
}
