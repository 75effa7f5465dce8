import { useState } from 'react'
import { useStore } from 'zustand'
import type { UiText } from '../../i18n/UiText.ts'
import { useT } from '../i18n/language.ts'
import { shownDocumentName } from './documentNameText.ts'
import { useFilesController, useSession } from './FilesContext.ts'

/** Short autosave status beside the name; the full warning is the strip under the toolbar. */
function statusText(state: string, failing: boolean, elsewhere: boolean): UiText | null {
  if (failing) return 'Not saved'
  if (elsewhere) return 'Changed in another tab'
  if (state === 'saving' || state === 'pending') return 'Saving…'
  if (state === 'saved') return 'Saved in this browser'
  return null
}

/**
 * The open document's name (edit it to rename; downloads are named after it), its autosave status, and
 * the button to the recent list. Lives in the toolbar.
 */
export function DocumentBar() {
  const files = useFilesController()
  const t = useT()
  const name = useStore(files.designer.store, (s) => s.documentName)
  const autosave = useSession((s) => s.autosave)
  const elsewhere = useSession((s) => s.changedElsewhere)
  // null while not editing, so a rename from elsewhere (switching documents) shows at once.
  const [draft, setDraft] = useState<string | null>(null)
  // A default name kept in English as data reads in the current language; editing starts from what is shown.
  const value = draft ?? shownDocumentName(name, t)
  const status = statusText(autosave.state, autosave.problem !== null, elsewhere)
  const commit = () => {
    if (draft !== null && draft.trim() !== '') files.session.rename(draft)
    setDraft(null)
  }
  return (
    <div className="files-bar">
      <input
        className="files-doc-name"
        aria-label={t('Document name')}
        value={value}
        size={Math.min(26, Math.max(8, value.length + 1))}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') e.currentTarget.blur()
          if (e.key === 'Escape') setDraft(null)
        }}
      />
      <span className={autosave.problem || elsewhere ? 'files-status files-status-failing' : 'files-status'} role="status" aria-label={t('Autosave status')} title={autosave.problem ? t.message(autosave.problem.text) : undefined}>
        {status === null ? '' : t(status)}
      </span>
      <button type="button" onClick={files.showRecent}>
        {t('Recent')}
      </button>
    </div>
  )
}
