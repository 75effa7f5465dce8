import { lazy, Suspense } from 'react'
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import type { Action } from '../../store/actions/Action.ts'

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

/** Whether the Deploy dialog is open: view state of the page, never part of the document or its history. */
export const deployUi = createStore<{ readonly open: boolean }>(() => ({ open: false }))

/** The toolbar's `Deploy`: opens the dialog with the workers and deploy files generated from the flow. */
export const deployAction: Action = {
  id: 'deploy',
  label: 'Deploy',
  enabled: () => true,
  run: () => deployUi.setState({ open: true }),
}
