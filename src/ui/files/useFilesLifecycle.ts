import { useEffect } from 'react'
import { matchShortcut } from '../../store/actions/Action.ts'
import { shareLinkParam } from '../../share/shareLink.ts'
import type { FilesController } from './createFilesController.ts'

/** File shortcuts that must work everywhere, the code editor included, before the browser's own. */
const GLOBAL_KEYS: readonly (readonly [string, (f: FilesController) => void])[] = [
  ['Mod+S', (f) => void f.save()],
  ['Mod+O', (f) => f.pickFile()],
  ['Mod+Shift+E', (f) => f.downloadYaml()],
]

/** Removes `#flow=…` and `?example=` from the address once handled, so a reload restores the autosave instead. */
function cleanAddress(): void {
  const url = new URL(location.href)
  const hadLink = shareLinkParam(url.hash) !== null
  if (!hadLink && !url.searchParams.has('example')) return
  if (hadLink) url.hash = ''
  url.searchParams.delete('example')
  history.replaceState(history.state, '', url.pathname + url.search + url.hash)
}

/**
 * Starts the session from the address, then keeps it going: a share link pasted into the address bar of
 * an open tab opens too, pending autosaves are written when the page is hidden or closed (the text at once,
 * synchronously, so a reload keeps the last key), closing asks first when the work exists nowhere else, and the file
 * shortcuts (save, open, export YAML) win over the browser's Save Page and Open File.
 */
export function useFilesLifecycle(files: FilesController): void {
  useEffect(() => {
    void files.start().then(cleanAddress)
    const onHash = () => {
      if (shareLinkParam(location.hash) === null) return
      void files.session.start({ hash: location.hash, search: '' }).then(cleanAddress)
    }
    const onHide = () => {
      files.session.flushNow()
      void files.session.flush()
    }
    // The browser asks before closing only when the work exists nowhere else (storage failing, not in a file).
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      files.session.flushNow()
      if (!files.session.wouldLoseWork()) return
      e.preventDefault()
      e.returnValue = ''
    }
    const onVisibility = () => document.visibilityState === 'hidden' && onHide()
    const onKey = (e: KeyboardEvent) => {
      const hit = GLOBAL_KEYS.find(([keys]) => matchShortcut(keys, e))
      if (!hit || e.isComposing) return
      e.preventDefault()
      e.stopPropagation()
      hit[1](files)
    }
    window.addEventListener('hashchange', onHash)
    // The session starts before the first render (main.tsx): a link that reached the address since then, before
    // this listener, is opened now instead of being lost (and cleaned from the address unread).
    if (location.hash !== files.startedWith()) onHash()
    window.addEventListener('pagehide', onHide)
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('keydown', onKey, true)
    return () => {
      window.removeEventListener('hashchange', onHash)
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('keydown', onKey, true)
    }
  }, [files])
}

/** The Chromium extension that turns a dropped item into a file handle, for Save back to the same file. */
type HandleItem = DataTransferItem & { getAsFileSystemHandle?(): Promise<FileSystemHandle | null> }

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false

/**
 * Lets a file be dropped anywhere on the window (the code editor included: the capture phase runs first,
 * so Monaco never pastes a dropped file's bytes into the text). Shows the drop overlay while dragging.
 */
export function useWindowFileDrop(files: FilesController): void {
  useEffect(() => {
    let depth = 0
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth++
      files.ui.setState({ dragging: true })
    }
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) files.ui.setState({ dragging: false })
    }
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const onDrop = (e: DragEvent) => {
      depth = 0
      files.ui.setState({ dragging: false })
      const file = e.dataTransfer?.files[0]
      if (!file) return
      e.preventDefault()
      e.stopPropagation()
      const item = e.dataTransfer?.items[0] as HandleItem | undefined
      let handle: Promise<FileSystemHandle | null> = Promise.resolve(null)
      try {
        handle = item?.getAsFileSystemHandle?.() ?? handle
      } catch {
        // No handle for this drop (not Chromium, or not a real file): Save will download instead.
      }
      void handle
        .catch(() => null)
        .then((h) => files.openFile(file, h?.kind === 'file' ? (h as FileSystemFileHandle) : undefined))
    }
    window.addEventListener('dragenter', onEnter, true)
    window.addEventListener('dragleave', onLeave, true)
    window.addEventListener('dragover', onOver, true)
    window.addEventListener('drop', onDrop, true)
    return () => {
      window.removeEventListener('dragenter', onEnter, true)
      window.removeEventListener('dragleave', onLeave, true)
      window.removeEventListener('dragover', onOver, true)
      window.removeEventListener('drop', onDrop, true)
    }
  }, [files])
}
