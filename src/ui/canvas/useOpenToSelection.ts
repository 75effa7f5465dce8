import { useEffect } from 'react'
import { collapsedAncestors, indexSteps } from '../../store/indexSteps.ts'
import { useDesigner } from '../../store/Designer.ts'

/**
 * A step selected while it is hidden in a collapsed container (from the code, Go to step, Problems or a
 * simulation event) opens the containers around it, so the selection is always something the user can see.
 */
export function useOpenToSelection(): void {
  const { store } = useDesigner()
  const selection = useDesigner((s) => s.selection)
  const collapsed = useDesigner((s) => s.collapsed)
  useEffect(() => {
    if (collapsed.length === 0 || selection.length === 0) return
    const s = store.getState()
    const index = indexSteps(s.good.parsed.flow)
    const open = selection.flatMap((path) => collapsedAncestors(index, path, collapsed))
    if (open.length > 0) s.setCollapsed(open, false)
  }, [store, selection, collapsed])
}
