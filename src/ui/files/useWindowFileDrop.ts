import { useEffect } from 'react'
import type { FilesController } from './createFilesController.ts'

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
