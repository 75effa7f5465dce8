import { Dialog } from './Dialog.tsx'

/** Props of {@link ConfirmDialog}: the question, and what each answer does. */
export interface ConfirmDialogProps {
  readonly title: string
  readonly message: string
  readonly confirmLabel: string
  /** An optional third way out, e.g. "Download YAML first". */
  readonly alternative?: { readonly label: string; readonly run: () => void }
  readonly danger?: boolean
  readonly onConfirm: () => void
  readonly onCancel: () => void
}

/**
 * Asks before anything that could lose work (deleting a document, replacing one that exists nowhere
 * else). Cancel has focus first, so a reflexive Enter never destroys anything.
 */
export function ConfirmDialog({ title, message, confirmLabel, alternative, danger, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel} role="alertdialog">
      <p className="files-dialog-message">{message}</p>
      <div className="files-dialog-actions">
        <button type="button" autoFocus onClick={onCancel}>
          Cancel
        </button>
        {alternative ? (
          <button type="button" onClick={alternative.run}>
            {alternative.label}
          </button>
        ) : null}
        <button type="button" className={danger ? 'files-danger' : 'files-primary'} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
