import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { StepGlyph } from '../../common/StepGlyph.tsx'
import { StepSimBadge } from '../../simulation/StepSimBadge.tsx'
import type { StepNodeData } from '../CanvasNodeData.ts'
import { NodeHandles } from './NodeHandles.tsx'
import { ProblemsBadge } from './ProblemsBadge.tsx'
import { typeCaption } from './typeCaption.ts'

/** Patterns other than the default get a pill; waitForCallback the prominent one. */
function PatternPill({ pattern, callback }: { pattern: string | null; callback: boolean }) {
  if (callback) return <span className="pill callback" title="Waits for a callback with the task token">⟲ Callback</span>
  if (pattern && pattern !== 'requestResponse') return <span className="pill">{pattern}</span>
  return null
}

/** A step box: icon, type caption, name, what it calls, pattern and problems. Memoised: redrawn only when its data changes. */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<Node<StepNodeData>>) {
  const terminal = data.type === 'succeed' || data.type === 'fail'
  return (
    <div className={`step-card type-${data.type}${terminal ? ' terminal' : ''}${selected ? ' selected' : ''}`}>
      <NodeHandles source={!terminal} />
      <StepSimBadge name={data.name} />
      <StepGlyph kind={data.glyph} size={terminal ? 26 : 30} />
      <div className="step-main">
        <span className="step-top">
          <span className="step-type" title={typeCaption(data.type, data.glyph)}>{typeCaption(data.type, data.glyph)}</span>
          <ProblemsBadge problems={data.problems} />
        </span>
        <span className="step-name" title={data.name || undefined}>{data.name || '(unnamed)'}</span>
        {data.detail || data.pattern ? (
          <span className="step-bottom">
            {data.detail ? <span className="step-detail" title={data.detail}>{data.detail}</span> : <span />}
            <PatternPill pattern={data.pattern} callback={data.callback} />
          </span>
        ) : null}
      </div>
    </div>
  )
})
