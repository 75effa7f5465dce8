import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useT } from '../../i18n/language.ts'
import type { MarkerNodeData } from '../CanvasNodeData.ts'
import { NodeHandles } from './NodeHandles.tsx'

/** Start and End of the flow, and the small End after a step with `end: true`. */
export const MarkerNode = memo(function MarkerNode({ data }: NodeProps<Node<MarkerNodeData>>) {
  const t = useT()
  return (
    <div className={`marker ${data.variant}`}>
      <NodeHandles source={data.variant === 'start'} target={data.variant !== 'start'} jumps={false} />
      {t.message(data.label)}
    </div>
  )
})
