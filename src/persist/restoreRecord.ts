import type { StoreApi } from 'zustand/vanilla'
import type { DesignerState, ViewMode } from '../store/DesignerState.ts'
import type { DocumentRecord } from './DocumentRecord.ts'

const MODES: readonly string[] = ['design', 'code', 'split'] satisfies readonly ViewMode[]

/**
 * Puts a stored document back into the designer exactly as it was left: text and name through the
 * normal load event (fresh history), then the stored undo / redo stacks, the selection, the view mode, the collapsed containers and the pane sizes.
 * The history is plain data in the store's own snapshot shape (`restoreHistory`); an undo right after a
 * reload returns the text from before the last edit.
 */
export function restoreRecord(designer: StoreApi<DesignerState>, record: DocumentRecord): void {
  const s = designer.getState()
  s.dispatch({ origin: 'load', text: record.text, resetHistory: true, name: record.name })
  designer.getState().restoreHistory(record.history)
  designer.getState().select(record.selection, 'load')
  if (record.view.mode !== undefined && MODES.includes(record.view.mode)) designer.getState().setView(record.view.mode as ViewMode)
  if (record.view.collapsed) designer.getState().setCollapsed(record.view.collapsed, true)
  if (record.view.panes) designer.getState().setPanes(record.view.panes)
}
