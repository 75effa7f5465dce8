import type { Message } from '../../i18n/Message.ts'
import type { UiText } from '../../i18n/UiText.ts'
import { useT } from '../i18n/language.ts'
import { Dialog } from './Dialog.tsx'

/** Props of {@link ConfirmDialog}: the question, and what each answer does (in English, said in the current language). */
export interface ConfirmDialogProps {
  readonly title: UiText
  readonly message: Message
  readonly confirmLabel: UiText
  /** An optional third way out, e.g. "Download YAML first". */
  readonly alternative?: { readonly label: UiText; readonly run: () => void }
  readonly danger?: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/**
 * Asks before anything that could lose work (deleting a document, replacing one that exists nowhere
 * else). Cancel has focus first, so a reflexive Enter never destroys anything.
 */
export function ConfirmDialog({ title, message, confirmLabel, alternative, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  const t = useT()
  return (
    <Dialog title={t(title)} onClose={onCancel} role="alertdialog">
      <p className="files-dialog-message">{t.message(message)}</p>
      <div className="files-dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          {t('Cancel')}
        </button>
        {alternative ? (
          <button type="button" onClick={alternative.run}>
            {t(alternative.label)}
          </button>
        ) : null}
        <button type="button" className={danger ? 'files-danger' : 'files-primary'} onClick={onConfirm}>
          {t(confirmLabel)}
        </button>
      </div>
    </Dialog>
  )
}
