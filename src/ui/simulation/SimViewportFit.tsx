import { useReactFlow } from '@xyflow/react'
import { useEffect, useRef } from 'react'
import { READABLE_ZOOM } from '../canvas/viewport.ts'
import { useSimulation } from './useSimulation.ts'

/**
 * Mounted inside the canvas's `<ReactFlow>`: when the simulation dock opens or closes the canvas changes
 * size (as does presentation mode), so the whole flow is fitted again (once the new size is laid out) and stays in view while it runs.
 */
export function SimViewportFit() {
  const rf = useReactFlow()
  const open = useSimulation((s) => s.open)
  // Entering or leaving presentation mode resizes the canvas too; there the flow may be drawn larger than 1:1.
  const presenting = useSimulation((s) => s.presenting)
  // Only a change is a reason to fit: on mount the canvas fits the document itself, or a reload puts back the
  // user's own viewport (ViewportSync), and a fit here would race with either.
  const last = useRef({ open, presenting })
  useEffect(() => {
    if (last.current.open === open && last.current.presenting === presenting) return
    last.current = { open, presenting }
    let frame = requestAnimationFrame(() => {
      // Never below a readable size while the simulation shares the window (READABLE_ZOOM).
      frame = requestAnimationFrame(() => void rf.fitView({ padding: 0.12, maxZoom: presenting ? 1.6 : 1, minZoom: open ? READABLE_ZOOM : undefined }))
    })
    return () => cancelAnimationFrame(frame)
  }, [open, presenting, rf])
  return null
}
