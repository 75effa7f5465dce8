import { Dialog } from './Dialog.tsx'
import { useFilesController } from './useFilesController.ts'

/**
 * Shows the share link that was just copied, with its length, or why no link could be made. The link
 * is in a read-only field so it can be copied again by hand when the clipboard was refused.
 */
export function ShareDialog({ url, error }: { readonly url: string | null; readonly error: string | null }) {
  const files = useFilesController()
  return (
    <Dialog title="Share link" onClose={files.closeDialog}>
      {url !== null ? (
        <>
          <p className="files-dialog-message" role="status">
            Link copied to the clipboard ({url.length.toLocaleString('en-US')} characters). The flow travels inside the link itself: nothing is uploaded, and
            opening it creates a new document.
          </p>
          <label className="files-field">
            <span>Link</span>
            <input type="text" readOnly value={url} aria-label="Share link" onFocus={(e) => e.currentTarget.select()} />
          </label>
        </>
      ) : (
        <p className="files-dialog-message" role="alert">
          {error}
        </p>
      )}
      <div className="files-dialog-actions">
        <button type="button" className="files-primary" onClick={files.closeDialog}>
          Done
        </button>
      </div>
    </Dialog>
  )
}
