import type { ReactNode } from 'react'
import type { FilesController } from './createFilesController.ts'
import { FilesContext } from './FilesContext.ts'
import { FilesLayer } from './FilesLayer.tsx'

/** Provides the files controller to the app inside it and mounts the files layer (dialogs, messages, drop). */
export function FilesRoot({ files, children }: { readonly files: FilesController; readonly children: ReactNode }) {
  return (
    <FilesContext.Provider value={files}>
      {children}
      <FilesLayer />
    </FilesContext.Provider>
  )
}
