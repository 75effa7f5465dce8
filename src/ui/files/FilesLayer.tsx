import { lazy, Suspense } from 'react'
import { ConfirmDialog } from './Dialog.tsx'
import { FilesNotices } from './FilesNotices.tsx'
import { useFilesController, useFilesUi } from './FilesContext.ts'
import { useFilesLifecycle, useWindowFileDrop } from './useFilesLifecycle.ts'
import { paletteSearch } from '../palette/PalettePane.tsx'
import { useT } from '../i18n/language.ts'

// The New gallery (with its thumbnails), the recent list and the share dialog load when first opened: none of
// them is needed to show the flow, and the first paint's JavaScript has a budget (npm run bench -- designer).
const TemplateGallery = lazy(() => import('./TemplateGallery.tsx').then((m) => ({ default: m.TemplateGallery })))
const RecentDialog = lazy(() => import('./RecentDialog.tsx').then((m) => ({ default: m.RecentDialog })))
const ShareDialog = lazy(() => import('./ShareDialog.tsx').then((m) => ({ default: m.ShareDialog })))

/**
 * Everything of the files feature that floats over the designer: the dialogs (New gallery, recent flows,
 * share link, confirmations) and the drop overlay, and the messages strip; it also starts the session and binds window-wide drop
 * and file shortcuts. Mounted once, inside the files provider.
 */
export function FilesLayer() {
  const files = useFilesController()
  const t = useT()
  useFilesLifecycle(files)
  useWindowFileDrop(files)
  const dialog = useFilesUi((s) => s.dialog)
  const dragging = useFilesUi((s) => s.dragging)
  return (
    <>
      <FilesNotices />
      <Suspense fallback={null}>
        {dialog?.kind === 'gallery' ? <TemplateGallery onPick={(choice) => void files.newFrom(choice).then(() => focusAfterNew(choice === 'empty'))} onClose={files.closeDialog} /> : null}
        {dialog?.kind === 'recent' ? <RecentDialog /> : null}
        {dialog?.kind === 'share' ? <ShareDialog url={dialog.url} error={dialog.error} /> : null}
      </Suspense>
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
          {t('Drop a .yaml, .yml or .json flow to open it')}
        </div>
      ) : null}
    </>
  )
}

/**
 * Focus follows the work after New: into the palette search for an empty flow (adding a step is all there is
 * to do), onto the first step of a template. Once the dialog has given focus back and the flow is drawn, unless
 * the person is already typing somewhere (they clicked into the document name or the code): focus stays there.
 */
function focusAfterNew(empty: boolean): void {
  const target = () =>
    empty ? paletteSearch() : document.querySelector<HTMLElement>('.react-flow__node[data-id="steps.0"]')
  let tries = 0
  const attempt = () => {
    const now = document.activeElement
    if (now instanceof HTMLInputElement || now instanceof HTMLTextAreaElement || (now instanceof HTMLElement && now.isContentEditable)) return
    const el = target()
    if (el) el.focus({ preventScroll: true })
    else if (tries++ < 10) requestAnimationFrame(attempt)
  }
  requestAnimationFrame(attempt)
}
