import { createStore } from 'zustand/vanilla'

/** Whether the Deploy dialog is open: view state of the page, never part of the document or its history. */
export const deployUi = createStore<{ readonly open: boolean }>(() => ({ open: false }))
