import { memo } from 'react'
import { NodeHandles } from './NodeHandles.tsx'

/** The drop target shown in an empty sequence. */
export const PlaceholderNode = memo(function PlaceholderNode() {
  return (
    <div className="placeholder">
      <NodeHandles jumps={false} />
      Drop a step here
    </div>
  )
})
