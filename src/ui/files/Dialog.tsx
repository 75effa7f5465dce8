import { useEffect, useId, useRef, type ReactNode } from 'react'
import { useT } from '../i18n/language.ts'
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
