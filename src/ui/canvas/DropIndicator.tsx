import { useStore, ViewportPortal } from '@xyflow/react'
import type { CSSProperties } from 'react'
import type { DropTarget } from './drop/dropGeometry.ts'

/** The insertion line (or the highlighted empty lane) where a drop would put the step, drawn in flow space. */
export function DropIndicator({ target }: { target: DropTarget | null }) {
  // The portal is scaled with the flow; dividing by the zoom keeps the line as thick on screen when zoomed out.
  const unzoom = useStore((s) => (target ? Math.max(1, 1 / s.transform[2]) : 1))
  if (!target) return null
  const { x, y, width, empty } = target.indicator
  return (
    <ViewportPortal>
      <div
        className={`drop-indicator${empty ? ' empty' : ''}`}
        style={{ transform: `translate(${x}px, ${y}px)`, width, '--unzoom': unzoom } as CSSProperties}
        aria-hidden="true"
      />
    </ViewportPortal>
  )
}
