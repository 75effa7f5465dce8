import type { Message } from '../../i18n/Message.ts'
import { useT } from '../i18n/language.ts'
import { Dialog } from './Dialog.tsx'
import { useFilesController } from './FilesContext.ts'

/**
 * Shows the share link that was just copied, with its length, or why no link could be made. The link
 * is in a read-only field so it can be copied again by hand when the clipboard was refused.
 */
export function ShareDialog({ url, error }: { readonly url: string | null; readonly error: Message | null }) {
  const files = useFilesController()
  const t = useT()
  return (
    <Dialog title={t('Share link')} onClose={files.closeDialog}>
      {url !== null ? (
        <>
          <p className="files-dialog-message" role="status">
            {t('Link copied to the clipboard ({count} characters). The flow travels inside the link itself: nothing is uploaded, and opening it creates a new document.', {
              count: url.length.toLocaleString('en-US'),
            })}
          </p>
          <label className="files-field">
            <span>{t('Link')}</span>
            <input type="text" readOnly value={url} aria-label={t('Share link')} onFocus={(e) => e.currentTarget.select()} />
          </label>
        </>
      ) : (
        <p className="files-dialog-message" role="alert">
          {error === null ? null : t.message(error)}
        </p>
      )}
      <div className="files-dialog-actions">
        <button type="button" className="files-primary" onClick={files.closeDialog}>
          {t('Done')}
        </button>
      </div>
    </Dialog>
  )
}
