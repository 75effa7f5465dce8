import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n/language.ts'
import type { Message } from '../../i18n/Message.ts'
import type { UiText } from '../../i18n/UiText.ts'

import './files.css'

/** Props of {@link Dialog}. */
export interface DialogProps {
  /** Already in the current language. */
  readonly title: string
  readonly onClose: () => void
  readonly children: ReactNode
  readonly wide?: boolean
  /** `alertdialog` for questions that need an answer (confirmations). */
  readonly role?: 'dialog' | 'alertdialog'
}

/**
 * A modal dialog on the native `<dialog>` element: focus moves in and is trapped, Escape and a click on
 * the backdrop close it, and the title names it for screen readers and tests. Mounted only while open.
 */
export function Dialog({ title, onClose, children, wide, role = 'dialog' }: DialogProps) {
  const t = useT()
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    if (dialog && !dialog.open) dialog.showModal()
    return () => dialog?.close()
  }, [])
  return (
    <dialog
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      className={wide ? 'files-dialog files-dialog-wide' : 'files-dialog'}
      onCancel={(e) => {
        e.preventDefault()
        onClose()
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) onClose()
      }}
    >
      <div className="files-dialog-body">
        <header className="files-dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="files-icon-button" aria-label={t('Close')} onClick={onClose}>
            ×
          </button>
        </header>
        {children}
      </div>
    </dialog>
  )
}

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
