import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useDesigner } from '../../../store/useDesigner.ts'
import { Icon } from '../../shell/Icon.tsx'
import type { LaneNodeData } from '../CanvasNodeData.ts'

/** What a lane is called in its remove button: `condition 2 of Route`, `default of Route`, `branch 1 of FanOut`. */
function laneName(d: LaneNodeData): string {
  const what = d.role === 'default' ? 'default' : d.role === 'choice' ? `condition ${d.index + 1}` : `branch ${d.index + 1}`
  return `${what} of ${d.ownerName}`
}

/** One branch or body of a container: its label (condition, default, branch n), its goto, and a remove button. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<Node<LaneNodeData>>) {
  const dispatch = useDesigner((s) => s.dispatch)
  const remove = () =>
    dispatch({ origin: 'canvas', command: { type: 'branch.remove', step: data.owner, index: data.role === 'default' ? 'default' : data.index } })
  return (
    <div className={`lane role-${data.role}`}>
      <div className="lane-header">
        <span className={`lane-label${data.role === 'choice' ? ' code' : ''}`} title={data.label}>
          {data.label}
        </span>
        {data.goto ? <span className="lane-goto" title={`Then go to ${data.goto}`}>→ {data.goto}</span> : null}
        {data.removable ? (
          <button type="button" className="lane-remove nodrag nopan" aria-label={`Remove ${laneName(data)}`} title={`Remove ${laneName(data)}`} onClick={remove}>
            <Icon name="minus" size={12} />
          </button>
        ) : null}
      </div>
    </div>
  )
})
