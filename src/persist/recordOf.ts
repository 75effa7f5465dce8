import type { DesignerState } from '../store/DesignerState.ts'
import type { DocumentRecord, StoredView } from './DocumentRecord.ts'
import type { SessionState } from './SessionState.ts'

/**
 * The record autosave writes for the open document: the designer's text, name, selection, view and
 * undo history (the in-progress typing burst is not kept: after a reload the next edit starts a new
 * undo step), plus where the document came from.
 */
export function recordOf(designer: DesignerState, session: SessionState, docId: string, viewport: StoredView['viewport'], now: number): DocumentRecord {
  return {
    id: docId,
    name: designer.documentName,
    text: designer.text,
    selection: designer.selection,
    view: { mode: designer.view, ...(viewport ? { viewport } : {}), ...(designer.collapsed.length > 0 ? { collapsed: designer.collapsed } : {}), panes: designer.panes },
    history: { past: designer.history.past, future: designer.history.future },
    updatedAt: now,
    ...(session.fileName !== null ? { fileName: session.fileName } : {}),
    ...(session.fileHandle !== null ? { fileHandle: session.fileHandle } : {}),
    savedText: session.cleanText,
  }
}
