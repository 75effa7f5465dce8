import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useDesigner } from '../../../store/useDesigner.ts'
import { StepGlyph } from '../../common/StepGlyph.tsx'
import { Icon } from '../../shell/Icon.tsx'
import { StepSimBadge } from '../../simulation/StepSimBadge.tsx'
import type { ContainerNodeData } from '../CanvasNodeData.ts'
import { NodeHandles } from './NodeHandles.tsx'
import { ProblemsBadge } from './ProblemsBadge.tsx'
import { typeCaption } from './typeCaption.ts'

/** A new choice branch needs a condition; this one is obviously a placeholder to edit. */
const NEW_CONDITION = '$.condition == true'

/** A choice / parallel / foreach box: a header (with add-branch buttons) above its lanes, which are child nodes. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<Node<ContainerNodeData>>) {
  const dispatch = useDesigner((s) => s.dispatch)
  const addBranch = () =>
    dispatch({ origin: 'canvas', command: { type: 'branch.add', step: data.path, ...(data.type === 'choice' ? { condition: NEW_CONDITION } : {}) } })
  const addDefault = () => dispatch({ origin: 'canvas', command: { type: 'field.set', path: [...data.path, 'default'], value: { steps: [] } } })
  const setCollapsed = useDesigner((s) => s.setCollapsed)
  const closed = data.collapsed !== null
  const toggle = () => setCollapsed([data.name], !closed)
  return (
    <div className={`container-card type-${data.type}${selected ? ' selected' : ''}${closed ? ' collapsed' : ''}`}>
      <NodeHandles />
      <StepSimBadge name={data.name} />
      <div className="container-header">
        <StepGlyph kind={data.glyph} size={28} />
        <div className="step-main">
          <span className="step-type" title={`${typeCaption(data.type, data.glyph)} · ${data.summary}`}>
            {typeCaption(data.type, data.glyph)} <span className="summary">· {data.summary}</span>
          </span>
          <span className="step-name" title={data.name || undefined}>{data.name || '(unnamed)'}</span>
        </div>
        <ProblemsBadge problems={data.problems} />
        {data.canAddBranch && !closed ? (
          <button type="button" className="node-button nodrag nopan" onClick={addBranch} aria-label={`Add ${data.type === 'choice' ? 'condition' : 'branch'} to ${data.name}`} title={data.type === 'choice' ? 'Add a condition branch' : 'Add a branch'}>
            <Icon name="plus" size={14} />
            <span>{data.type === 'choice' ? 'Condition' : 'Branch'}</span>
          </button>
        ) : null}
        {data.canAddDefault && !closed ? (
          <button type="button" className="node-button nodrag nopan" onClick={addDefault} aria-label={`Add default to ${data.name}`} title="Add a default branch">
            <Icon name="plus" size={14} />
            <span>Default</span>
          </button>
        ) : null}
        <button
          type="button"
          className="node-button collapse-toggle nodrag nopan"
          onClick={toggle}
          aria-label={`${closed ? 'Expand' : 'Collapse'} ${data.name}`}
          aria-expanded={!closed}
          title={closed ? 'Show the steps inside' : 'Hide the steps inside (remembered for this flow)'}
        >
          <Icon name={closed ? 'down' : 'up'} size={14} />
        </button>
      </div>
      {data.collapsed ? (
        <div className="collapsed-summary">
          {data.collapsed.inside === 0 ? 'No steps inside' : `${data.collapsed.inside} step${data.collapsed.inside === 1 ? '' : 's'} inside`}
        </div>
      ) : null}
    </div>
  )
})
