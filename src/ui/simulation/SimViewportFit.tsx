import { useReactFlow } from '@xyflow/react'
import { useEffect } from 'react'
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
  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => void rf.fitView({ padding: 0.12, maxZoom: presenting ? 1.6 : 1 }))
    })
    return () => cancelAnimationFrame(frame)
  }, [open, presenting, rf])
  return null
}
