import { ViewportPortal } from '@xyflow/react'
import type { DropTarget } from './drop/DropGeometry.ts'

/** The insertion line (or the highlighted empty lane) where a drop would put the step, drawn in flow space. */
export function DropIndicator({ target }: { target: DropTarget | null }) {
  if (!target) return null
  const { x, y, width, empty } = target.indicator
  return (
    <ViewportPortal>
      <div
        className={`drop-indicator${empty ? ' empty' : ''}`}
        style={{ transform: `translate(${x}px, ${y}px)`, width }}
        aria-hidden="true"
      />
    </ViewportPortal>
  )
}
