import { createContext } from 'react'
import type { FilesController } from './createFilesController.ts'

/** Hands the files controller to the files UI (toolbar document bar, open input, dialogs). */
export const FilesContext = createContext<FilesController | null>(null)
