import { useContext, useEffect } from 'react'
import { useStore } from 'zustand'
import { createStore, type StoreApi } from 'zustand/vanilla'
import type { DesignerState } from '../../store/DesignerState.ts'
import { createIdbKeyValueStore, createMemoryKeyValueStore } from '../../persist/KeyValueStore.ts'
import { createScenarioPersistence, type ScenarioPersistence as Persistence } from '../../store/simulation/createScenarioPersistence.ts'
import { useDesigner } from '../../store/Designer.ts'
import { FilesContext } from '../files/FilesContext.ts'
import { simulationFor } from './simulationFor.ts'

/** Stands in for the files session when the app runs without the files layer (then the name keys the scenario). */
const NO_SESSION = createStore<{ docId: string | null }>()(() => ({ docId: null }))
const persistences = new WeakMap<StoreApi<DesignerState>, Persistence>()

function persistenceFor(designer: StoreApi<DesignerState>): Persistence {
  let p = persistences.get(designer)
  if (!p) {
    // A database of its own: the documents database's object stores are fixed when it is created.
    const kv = typeof indexedDB === 'undefined' ? createMemoryKeyValueStore() : createIdbKeyValueStore('fdl-studio-simulation', 'scenarios')
    p = createScenarioPersistence(simulationFor(designer), kv, { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) })
    persistences.set(designer, p)
  }
  return p
}

/**
 * Keeps the simulation's input and scenario with the open document: saved as they change, put back when the
 * document is opened again (by its stored id, or by its name without the files layer). Renders nothing.
 */
export function ScenarioPersistence() {
  const designer = useDesigner()
  const files = useContext(FilesContext)
  const docId = useStore(files?.session.state ?? NO_SESSION, (s) => s.docId)
  const name = useDesigner((s) => s.documentName)
  const key = files ? docId : name
  useEffect(() => {
    void persistenceFor(designer.store).setDocument(key)
  }, [designer, key])
  useEffect(() => {
    const flush = () => void persistenceFor(designer.store).flush()
    window.addEventListener('pagehide', flush)
    return () => window.removeEventListener('pagehide', flush)
  }, [designer])
  return null
}
