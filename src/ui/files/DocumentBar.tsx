import { useState } from 'react'
import { useStore } from 'zustand'
import { useFilesController } from './useFilesController.ts'
import { useSession } from './useSession.ts'

/** Short autosave status beside the name; the full warning is the strip under the toolbar. */
function statusText(state: string, failing: boolean, elsewhere: boolean): string {
  if (failing) return 'Not saved'
  if (elsewhere) return 'Changed in another tab'
  if (state === 'saving' || state === 'pending') return 'Saving…'
  if (state === 'saved') return 'Saved in this browser'
  return ''
}

/**
 * The open document's name (edit it to rename; downloads are named after it), its autosave status, and
 * the button to the recent list. Lives in the toolbar.
 */
export function DocumentBar() {
  const files = useFilesController()
  const name = useStore(files.designer.store, (s) => s.documentName)
  const autosave = useSession((s) => s.autosave)
  const elsewhere = useSession((s) => s.changedElsewhere)
  // null while not editing, so a rename from elsewhere (switching documents) shows at once.
  const [draft, setDraft] = useState<string | null>(null)
  const value = draft ?? name
  const commit = () => {
    if (draft !== null && draft.trim() !== '') files.session.rename(draft)
    setDraft(null)
  }
  return (
    <div className="files-bar">
      <input
        className="files-doc-name"
        aria-label="Document name"
        value={value}
        size={Math.min(26, Math.max(8, value.length + 1))}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur()
          if (e.key === 'Escape') setDraft(null)
        }}
      />
      <span className={autosave.problem || elsewhere ? 'files-status files-status-failing' : 'files-status'} role="status" aria-label="Autosave status" title={autosave.problem?.message}>
        {statusText(autosave.state, autosave.problem !== null, elsewhere)}
      </span>
      <button type="button" onClick={files.showRecent}>
        Recent
      </button>
    </div>
  )
}
