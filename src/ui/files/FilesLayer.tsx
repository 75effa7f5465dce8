import { ConfirmDialog } from './ConfirmDialog.tsx'
import { FilesNotices } from './FilesNotices.tsx'
import { RecentDialog } from './RecentDialog.tsx'
import { ShareDialog } from './ShareDialog.tsx'
import { TemplateGallery } from './TemplateGallery.tsx'
import { useFilesController } from './useFilesController.ts'
import { useFilesLifecycle } from './useFilesLifecycle.ts'
import { useFilesUi } from './useFilesUi.ts'
import { useWindowFileDrop } from './useWindowFileDrop.ts'

/**
 * Everything of the files feature that floats over the designer: the dialogs (New gallery, recent flows,
 * share link, confirmations) and the drop overlay, and the messages strip; it also starts the session and binds window-wide drop
 * and file shortcuts. Mounted once, inside the files provider.
 */
export function FilesLayer() {
  const files = useFilesController()
  useFilesLifecycle(files)
  useWindowFileDrop(files)
  const dialog = useFilesUi((s) => s.dialog)
  const dragging = useFilesUi((s) => s.dragging)
  return (
    <>
      <FilesNotices />
      {dialog?.kind === 'gallery' ? <TemplateGallery onPick={(choice) => void files.newFrom(choice)} onClose={files.closeDialog} /> : null}
      {dialog?.kind === 'recent' ? <RecentDialog /> : null}
      {dialog?.kind === 'share' ? <ShareDialog url={dialog.url} error={dialog.error} /> : null}
      {dialog?.kind === 'confirm' ? (
        <ConfirmDialog
          title={dialog.request.title}
          message={dialog.request.message}
          confirmLabel={dialog.request.confirmLabel}
          danger={dialog.request.danger}
          alternative={dialog.request.alternative}
          onConfirm={dialog.request.onConfirm}
          onCancel={files.closeDialog}
        />
      ) : null}
      {dragging ? (
        <div className="files-drop-overlay" aria-hidden="true">
          Drop a .yaml, .yml or .json flow to open it
        </div>
      ) : null}
    </>
  )
}
