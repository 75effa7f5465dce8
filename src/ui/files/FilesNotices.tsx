import { useState } from 'react'
import { useT } from '../i18n/language.ts'
import { useFilesController, useSession } from './FilesContext.ts'

/**
 * The files feature's messages, floating under the toolbar over the canvas: a refused file or a broken share link
 * (stays until dismissed), and the storage warning while autosave is not working (stays while it lasts,
 * so the user knows to download their work), and the choice to make when another tab saved the open flow.
 */
export function FilesNotices() {
  const files = useFilesController()
  const t = useT()
  const message = useSession((s) => s.message)
  const problem = useSession((s) => s.autosave.problem)
  const elsewhere = useSession((s) => s.changedElsewhere)
  // Hidden per kind of problem: the toolbar keeps saying "Not saved", and a new kind shows again.
  const [hidden, setHidden] = useState<string | null>(null)
  return (
    <div className="files-notices">
      {problem && hidden !== problem.kind ? (
        <div className="files-warning" role="alert" aria-label={t('Storage warning')}>
          <span>{t.message(problem.text)}</span>
          <button type="button" onClick={files.downloadYaml}>
            {t('Download YAML')}
          </button>
          <button type="button" onClick={() => setHidden(problem.kind)}>
            {t('Hide')}
          </button>
        </div>
      ) : null}
      {elsewhere ? (
        <div className="files-warning" role="alert" aria-label={t('Changed in another tab')}>
          <span>{t('Another tab saved this flow while you were changing it here. To overwrite nothing, your changes here are not saved until you choose.')}</span>
          <button type="button" onClick={() => void files.session.takeOtherVersion()}>
            {t('Show the other version')}
          </button>
          <button type="button" onClick={() => void files.session.keepAsNewDocument()}>
            {t('Keep mine as a new flow')}
          </button>
        </div>
      ) : null}
      {message ? (
        <div className={message.tone === 'info' ? 'files-message files-message-info' : 'files-message'} role={message.tone === 'info' ? 'status' : 'alert'} aria-label={t('File message')}>
          <span>{t.message(message.text)}</span>
          <button type="button" onClick={files.session.dismissMessage}>
            {t('Dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  )
}
