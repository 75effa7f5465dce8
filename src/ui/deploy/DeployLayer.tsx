import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { deployUi } from './deployUi.ts'

// The dialog brings the kit generators and their worker sources: loaded on first open, not with the page.
const DeployDialog = lazy(() => import('./DeployDialog.tsx'))

/** Mounts the Deploy dialog while it is open. */
export function DeployLayer() {
  const open = useStore(deployUi, (s) => s.open)
  if (!open) return null
  return (
    <Suspense fallback={null}>
      <DeployDialog onClose={() => deployUi.setState({ open: false })} />
    </Suspense>
  )
}
