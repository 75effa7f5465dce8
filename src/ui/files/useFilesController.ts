import { useContext } from 'react'
import type { FilesController } from './createFilesController.ts'
import { FilesContext } from './FilesContext.ts'

/** The files controller from context (throws outside a provider: a wiring bug, not a user error). */
export function useFilesController(): FilesController {
  const files = useContext(FilesContext)
  if (!files) throw new Error('files UI must be inside <FilesContext.Provider>')
  return files
}
