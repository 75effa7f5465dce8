import { memo } from 'react'
import type { Flow } from '../../fdl/model/Flow.ts'
import { thumbnailLayout } from './thumbnailLayout.ts'

/**
 * A small picture of a flow's shape for the template gallery: boxes per step, outlines for containers,
 * coloured by step type. Decorative beside the example's name and description, so hidden from screen
 * readers.
 */
export const FlowThumbnail = memo(function FlowThumbnail({ flow }: { readonly flow: Flow | null }) {
  const { boxes, links, width, height } = thumbnailLayout(flow)
  const pad = 6
  return (
    <svg
      className="files-thumbnail"
      viewBox={`${-pad} ${-pad} ${Math.max(width, 60) + 2 * pad} ${Math.max(height, 40) + 2 * pad}`}
      preserveAspectRatio="xMidYMin meet"
      aria-hidden="true"
    >
      {links.map((l, i) => (
        <line key={`l${i}`} x1={l.x} x2={l.x} y1={l.y1} y2={l.y2} className="files-thumb-link" />
      ))}
      {boxes.map((b, i) => (
        <rect key={i} x={b.x} y={b.y} width={b.w} height={b.h} rx={b.container ? 3 : 2} className={`files-thumb-${b.container ? 'container' : b.type}`} />
      ))}
    </svg>
  )
})
