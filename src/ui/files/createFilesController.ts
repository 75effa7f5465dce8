import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Designer } from '../../store/Designer.ts'
import { fileNameFor } from '../../files/fileNames.ts'
import { msg, type Message } from '../../i18n/Message.ts'
import { indexSteps } from '../../store/indexSteps.ts'
import { readFlowFile } from '../../files/readFlowFile.ts'
import type { DocumentSession } from '../../persist/createDocumentSession.ts'
import { encodeShareLink } from '../../share/shareLink.ts'
import { OPEN_INPUT_ID } from '../shell/createBrowserEnv.ts'
import { documentNameText } from './documentNameText.ts'
import { downloadBlob } from './downloadBlob.ts'
import type { ConfirmRequest, FilesUiState } from './FilesContext.ts'
import { currentT } from '../i18n/language.ts'
import type { FlowRect } from './exportDiagramImage.ts'

/** Everything the files UI does, for its components, actions and key bindings. */
export interface FilesController {
  readonly designer: Designer
  readonly session: DocumentSession
  readonly ui: StoreApi<FilesUiState>
  /** Starts the session from the page's address; later calls do nothing (React may mount twice). */
  start(): Promise<void>
  /** The address hash the session started from (null before `start`): a link that came later is not handled yet. */
  startedWith(): string | null
  openFile(file: File, handle?: FileSystemFileHandle): Promise<void>
  pickFile(): void
  showGallery(): void
  newFrom(choice: { readonly name: string; readonly text: string } | 'empty'): Promise<void>
  showRecent(): void
  switchTo(id: string): Promise<void>
  confirmRemove(id: string, name: string): void
  closeDialog(): void
  save(): Promise<void>
  downloadYaml(): void
  exportImage(format: 'png' | 'svg'): Promise<void>
  share(): Promise<void>
}

const EMPTY_FLOW = 'version: v1\ntype: flow\nsteps: []\n'

/** Two animation frames: enough for a canvas that was just shown to lay itself out. */
const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

/** Waits (a few seconds at most) until the canvas holds `total` step nodes, all measured. */
async function allStepsDrawn(total: number): Promise<void> {
  for (let frame = 0; frame < 300; frame++) {
    const nodes = document.querySelectorAll<HTMLElement>('.react-flow__viewport [data-step]')
    if (nodes.length >= total && [...nodes].every((n) => n.offsetWidth > 0)) return
    await nextPaint()
  }
}

/**
 * Wires the document session to the browser: file picker and drops, the template gallery, Save through
 * the File System Access API with a download fallback, image exports of the canvas, and share links via
 * the clipboard. Anything that could lose work (replacing a document that exists nowhere else, deleting
 * one) asks first.
 */
export function createFilesController(designer: Designer, session: DocumentSession): FilesController {
  const ui = createStore<FilesUiState>()(() => ({ dialog: null, dragging: false, busy: false, drawAll: false }))
  const close = () => ui.setState({ dialog: null })
  const confirm = (request: ConfirmRequest) => ui.setState({ dialog: { kind: 'confirm', request } })
  const docName = () => designer.store.getState().documentName
  let started: Promise<void> | null = null
  let startHash: string | null = null

  /**
   * Runs `open` once the first document is in place (a file dropped while the app starts must not be
   * replaced by the restored one), at once, or after consent when the open document would be lost.
   */
  const guarded = async (open: () => Promise<void>): Promise<void> => {
    await started
    if (!session.wouldLoseWork()) return open()
    return new Promise((resolve) => {
      const go = () => {
        close()
        void open().then(resolve)
      }
      confirm({
        title: 'Replace the open flow?',
        message: msg('Browser storage is not working, so the changes to "{name}" exist only on this page. Opening another flow will lose them.', { name: documentNameText(docName()) }),
        confirmLabel: 'Open anyway',
        danger: true,
        alternative: { label: 'Download YAML first', run: () => (controller.downloadYaml(), go()) },
        onConfirm: go,
      })
    })
  }

  const controller: FilesController = {
    designer,
    session,
    ui,
    start() {
      if (started === null) {
        startHash = location.hash
        started = session.start({ hash: location.hash, search: location.search })
      }
      return started
    },
    startedWith: () => startHash,
    async openFile(file, handle) {
      const result = await readFlowFile(file)
      if (!result.ok) return session.say(result.text)
      const { text, documentName } = result.value
      await guarded(async () => {
        session.dismissMessage()
        await session.openDocument(text, { name: documentName, fileName: file.name, ...(handle ? { fileHandle: handle } : {}) })
      })
    },
    pickFile: () => document.getElementById(OPEN_INPUT_ID)?.click(),
    showGallery: () => ui.setState({ dialog: { kind: 'gallery' } }),
    newFrom(choice) {
      close()
      return guarded(() => (choice === 'empty' ? session.openDocument(EMPTY_FLOW, { name: msg('Untitled flow') }) : session.openDocument(choice.text, { name: choice.name })))
    },
    showRecent: () => ui.setState({ dialog: { kind: 'recent' } }),
    switchTo: (id) => guarded(() => session.switchTo(id)),
    confirmRemove(id, name) {
      confirm({
        title: 'Delete this flow?',
        message: msg('"{name}" will be removed from this browser. Files you downloaded or saved are not affected.', { name: documentNameText(name) }),
        confirmLabel: 'Delete',
        danger: true,
        onConfirm: () => {
          ui.setState({ dialog: { kind: 'recent' } })
          void session.remove(id)
        },
      })
    },
    closeDialog: close,
    async save() {
      const text = designer.store.getState().text
      const outcome = await saveToFileHandle(text, docName(), session.state.getState().fileHandle)
      if (outcome.kind === 'cancelled') return
      if (outcome.kind === 'saved') {
        session.markSaved(text, outcome.handle.name, outcome.handle)
        return session.say(msg('Saved to {file}.', { file: outcome.handle.name }), 'info')
      }
      controller.downloadYaml()
      if (outcome.reason) session.say(outcome.reason)
    },
    downloadYaml() {
      const { text } = designer.store.getState()
      const fileName = fileNameFor(docName(), 'yaml')
      designer.env.download(fileName, text, 'application/yaml')
      const s = session.state.getState()
      session.markSaved(text, s.fileName ?? fileName, s.fileHandle)
    },
    async exportImage(format) {
      // One at a time: a second export would end the first one's drawAll and view switch under it.
      if (ui.getState().busy) return
      const s = designer.store.getState()
      const wasCode = s.view === 'code'
      const total = indexSteps(s.good.parsed.flow).size
      ui.setState({ busy: true, drawAll: true })
      try {
        if (wasCode) s.setView('split')
        await nextPaint()
        await allStepsDrawn(total)
        const source = canvasImageSource()
        if (source === null) return session.say(msg('There is no diagram to export yet: add a step first.'))
        // Loaded on the first export: html-to-image is not needed to open the designer.
        const { exportDiagramImage } = await import('./exportDiagramImage.ts')
        const blob = await exportDiagramImage(source.viewport, source.bounds, format, source.background)
        if (blob === null) return session.say(msg('The diagram could not be exported: {reason}', { reason: msg('The browser could not draw the diagram as a PNG.') }))
        downloadBlob(blob, fileNameFor(docName(), format))
        // Should the page not manage to draw every step in time, say what the picture lacks.
        const drawn = source.viewport.querySelectorAll('[data-step]').length
        if (drawn < total) {
          session.say(msg('The image shows {drawn} of the {total} steps: the page could not draw them all in time. Try again, or zoom out first.', { drawn, total }), 'info')
        } else if (source.columns > 1) {
          session.say(msg("The image sets the flow's top level in {columns} columns, read left to right, so a long flow stays readable; the canvas keeps one column.", { columns: source.columns }), 'info')
        }
      } catch (error) {
        // The reason is the browser's (or html-to-image's) own words, as they came.
        session.say(msg('The diagram could not be exported: {reason}', { reason: error instanceof Error ? error.message : String(error) }))
      } finally {
        if (wasCode) designer.store.getState().setView('code')
        ui.setState({ busy: false, drawAll: false })
      }
    },
    async share() {
      const result = await encodeShareLink(designer.store.getState().text, location.href)
      if (!result.ok) return void ui.setState({ dialog: { kind: 'share', url: null, error: result.text } })
      await designer.env.writeClipboard(result.value)
      ui.setState({ dialog: { kind: 'share', url: result.value, error: null } })
    },
  }
  return controller
}

/** The parts of the File System Access API used here; not yet in TypeScript's DOM library. */
interface WritableHandle extends FileSystemFileHandle {
  queryPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
  requestPermission?(options: { mode: 'readwrite' }): Promise<PermissionState>
}
type SavePicker = (options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }) => Promise<WritableHandle>

/** How a save ended: written to a file, the user cancelled the picker, or the API is missing or refused. */
export type SaveOutcome =
  | { readonly kind: 'saved'; readonly handle: FileSystemFileHandle }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'unsupported'; readonly reason: Message | null }

/**
 * Saves the text back to the file it came from (or, the first time, to a file the user picks) with the
 * File System Access API, where the browser has it. The caller falls back to a download on
 * `unsupported`; `reason` explains a refusal worth telling the user about.
 */
export async function saveToFileHandle(text: string, documentName: string, handle: FileSystemFileHandle | null): Promise<SaveOutcome> {
  const picker = (globalThis as { showSaveFilePicker?: SavePicker }).showSaveFilePicker
  if (handle === null && typeof picker !== 'function') return { kind: 'unsupported', reason: null }
  try {
    // The picker's list of file types shows the description: in the current language.
    const description = currentT()('FDL flow')
    const target = (handle as WritableHandle | null) ?? (await picker!({ suggestedName: fileNameFor(documentName, 'yaml'), types: [{ description, accept: { 'application/yaml': ['.yaml', '.yml'], 'application/json': ['.json'] } }] }))
    const granted = (await target.queryPermission?.({ mode: 'readwrite' })) === 'granted' || (await target.requestPermission?.({ mode: 'readwrite' })) === 'granted'
    if (!granted && target.queryPermission) return { kind: 'unsupported', reason: msg('The browser did not allow writing to {file}, so it was downloaded instead.', { file: target.name }) }
    const writable = await target.createWritable()
    await writable.write(text)
    await writable.close()
    return { kind: 'saved', handle: target }
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { kind: 'cancelled' }
    // The browser's own words for the error, as it gave them.
    return { kind: 'unsupported', reason: msg('Could not write the file ({reason}), so it was downloaded instead.', { reason: error instanceof Error ? error.message : String(error) }) }
  }
}

/**
 * Finds what an image export draws, straight from the rendered canvas: React Flow's viewport element and
 * the bounds of every node in flow coordinates (screen rectangles undone by the viewport's pan and zoom).
 * Reading the DOM keeps exports independent of how the canvas component is written. Null when no diagram
 * is on screen.
 */
export function canvasImageSource(root: ParentNode = document): { viewport: HTMLElement; bounds: FlowRect; background: string; columns: number } | null {
  // Found by class, not by the region's name, which follows the UI language.
  const viewport = root.querySelector<HTMLElement>('.canvas-pane .react-flow__viewport') ?? root.querySelector<HTMLElement>('.react-flow__viewport')
  const origin = viewport?.parentElement?.getBoundingClientRect()
  if (!viewport || !origin) return null
  const m = new DOMMatrixReadOnly(getComputedStyle(viewport).transform === 'none' ? undefined : getComputedStyle(viewport).transform)
  const zoom = m.a || 1
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity]
  for (const node of viewport.querySelectorAll<HTMLElement>('.react-flow__node')) {
    const r = node.getBoundingClientRect()
    if (r.width === 0 && r.height === 0) continue
    x0 = Math.min(x0, (r.left - origin.left - m.e) / zoom)
    y0 = Math.min(y0, (r.top - origin.top - m.f) / zoom)
    x1 = Math.max(x1, (r.right - origin.left - m.e) / zoom)
    y1 = Math.max(y1, (r.bottom - origin.top - m.f) / zoom)
  }
  if (x0 === Infinity) return null
  let background = 'rgb(255, 255, 255)'
  for (let el: HTMLElement | null = viewport; el; el = el.parentElement) {
    const c = getComputedStyle(el).backgroundColor
    if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
      background = c
      break
    }
  }
  // How many columns the layout set a long top level in for the picture (`data-columns` on the canvas).
  const columns = Number(viewport.closest<HTMLElement>('.flow-wrapper')?.dataset.columns ?? 1) || 1
  return { viewport, bounds: { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }, background, columns }
}
