import { useState } from 'react'
import { useT } from '../i18n/language.ts'
import { Dialog } from './Dialog.tsx'
import { shownDocumentName } from './documentNameText.ts'
import { useFilesController, useSession } from './FilesContext.ts'
import type { Translate } from '../i18n/language.ts'

/**
 * The recent list: every flow autosaved in this browser, newest first. Picking one switches to it (the
 * open one is saved first); each can be deleted, after a confirmation. Renaming is the name field in
 * the toolbar.
 */
export function RecentDialog() {
  const files = useFilesController()
  const t = useT()
  const recent = useSession((s) => s.recent)
  const current = useSession((s) => s.docId)
  const [now] = useState(() => Date.now())
  return (
    <Dialog title={t('Recent flows')} onClose={files.closeDialog}>
      <p className="files-dialog-message">{t('Flows are saved in this browser as you edit. Nothing is uploaded.')}</p>
      {recent.length === 0 ? <p>{t('No flows saved yet.')}</p> : null}
      <ul className="files-recent" aria-label={t('Recent flows')}>
        {recent.map((entry) => {
          const name = shownDocumentName(entry.name, t)
          return (
            <li key={entry.id}>
              <button
                type="button"
                className="files-recent-open"
                aria-current={entry.id === current}
                onClick={() => {
                  files.closeDialog()
                  void files.switchTo(entry.id)
                }}
              >
                <span className="files-recent-name" data-user-text>{name}</span>
                <span className="files-recent-time">{entry.id === current ? t('open now') : formatAge(entry.updatedAt, now, t)}</span>
              </button>
              <button type="button" aria-label={t('Delete {name}', { name })} onClick={() => files.confirmRemove(entry.id, entry.name)}>
                {t('Delete')}
              </button>
            </li>
          )
        })}
      </ul>
    </Dialog>
  )
}

/** "just now", "5 min ago", "3 h ago", else the date: how recent a document is, at a glance. */
export function formatAge(then: number, now: number, t: Translate): string {
  const minutes = Math.floor((now - then) / 60_000)
  if (minutes < 1) return t('just now')
  if (minutes < 60) return t('{minutes} min ago', { minutes })
  if (minutes < 24 * 60) return t('{hours} h ago', { hours: Math.floor(minutes / 60) })
  // The browser's own date format in English (as before); in Chinese, the Chinese one whatever the browser's locale.
  return new Date(then).toLocaleDateString(t.language === 'en' ? undefined : t.language)
}
