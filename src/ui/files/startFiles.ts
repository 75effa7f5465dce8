import type { Designer } from '../../store/Designer.ts'
import { createDocumentRepository } from '../../persist/DocumentRepository.ts'
import { createDocumentSession } from '../../persist/createDocumentSession.ts'
import { createVisitMarker } from '../../persist/visitMarker.ts'
import { createIdbKeyValueStore, createMemoryKeyValueStore } from '../../persist/KeyValueStore.ts'
import { createUnsavedJournal, type SyncStorage } from '../../persist/createUnsavedJournal.ts'
import { createStartPreview } from '../../persist/startPreview.ts'
import { createBroadcastTabChannel } from '../../persist/TabChannel.ts'
import { presentAction, runSimulationAction, simulateAction } from '../simulation/SimulationDock.tsx'
import { deployAction } from '../deploy/DeployLayer.tsx'
import { startDesigner } from '../startDesigner.ts'
import { createFilesActions } from './createFilesActions.ts'
import { goToStepActions } from '../canvas/GoToStepDialog.tsx'
import { addStepAction } from '../palette/PalettePane.tsx'
import { createFilesController, type FilesController } from './createFilesController.ts'
import { currentT } from '../i18n/language.ts'

/**
 * Builds the app: the designer with the files actions registered, and the files controller over an
 * IndexedDB-backed session. The session, not the designer, decides the first document (share link,
 * `?example=`, the autosaved one, else the seed example), so the designer starts without loading one.
 * Without IndexedDB at all, storage counts as unavailable and the warning shows.
 */
/** `localStorage`, or null where reading the property itself throws (storage blocked for the site). */
function localStorageOrNull(): SyncStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null
  }
}

export function startFiles(): { readonly designer: Designer; readonly files: FilesController } {
  let files: FilesController | null = null
  const designer = startDesigner([...createFilesActions(() => files!), simulateAction, runSimulationAction, presentAction, deployAction, ...goToStepActions, addStepAction])
  const kv = typeof indexedDB === 'undefined' ? createMemoryKeyValueStore({ unavailable: true }) : createIdbKeyValueStore()
  const session = createDocumentSession({
    designer: designer.store,
    repo: createDocumentRepository(kv),
    timer: { setTimeout: (run, ms) => setTimeout(run, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) },
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
    journal: createUnsavedJournal(localStorageOrNull()),
    visits: createVisitMarker(localStorageOrNull()),
    preview: createStartPreview(localStorageOrNull()),
    tabs: createBroadcastTabChannel(),
    // A new document's default name ("Untitled flow") in the language the person works in when it is made.
    localize: (text) => currentT().message(text),
  })
  files = createFilesController(designer, session)
  return { designer, files }
}
