import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useDesigner } from '../../../store/Designer.ts'
import { StepGlyph } from '../../common/StepGlyph.tsx'
import { useT } from '../../i18n/language.ts'
import { Icon } from '../../shell/Toolbar.tsx'
import { StepSimBadge } from '../../simulation/StepSimBadge.tsx'
import type { ContainerNodeData } from '../CanvasNodeData.ts'
import { sayCanvasText } from '../CanvasNodeData.ts'
import { NodeHandles, ProblemsBadge, typeCaption } from './StepNode.tsx'

/** A new choice branch needs a condition; this one is obviously a placeholder to edit. */
const NEW_CONDITION = '$.condition == true'

/** A choice / parallel / foreach box: a header (with add-branch buttons) above its lanes, which are child nodes. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<Node<ContainerNodeData>>) {
  const t = useT()
  const dispatch = useDesigner((s) => s.dispatch)
  const addBranch = () =>
    dispatch({ origin: 'canvas', command: { type: 'branch.add', step: data.path, ...(data.type === 'choice' ? { condition: NEW_CONDITION } : {}) } })
  const addDefault = () => dispatch({ origin: 'canvas', command: { type: 'field.set', path: [...data.path, 'default'], value: { steps: [] } } })
  const setCollapsed = useDesigner((s) => s.setCollapsed)
  const closed = data.collapsed !== null
  const toggle = () => setCollapsed([data.name], !closed)
  const caption = sayCanvasText(t, typeCaption(data.type, data.glyph))
  const summary = data.summary ? t.message(data.summary) : ''
  const choice = data.type === 'choice'
  const inside = data.collapsed?.inside ?? 0
  return (
    <div className={`container-card type-${data.type}${selected ? ' selected' : ''}${closed ? ' collapsed' : ''}`}>
      <NodeHandles />
      <StepSimBadge name={data.name} />
      <div className="container-header">
        <StepGlyph kind={data.glyph} size={28} />
        <div className="step-main">
          <span className="step-type" title={`${caption} · ${summary}`}>
            {caption} <span className="summary">· {summary}</span>
          </span>
          <span className="step-name" title={data.name || undefined}>{data.name || t('(unnamed)')}</span>
        </div>
        <ProblemsBadge problems={data.problems} />
        {data.canAddBranch && !closed ? (
          <button
            type="button"
            className="node-button nodrag nopan"
            onClick={addBranch}
            aria-label={choice ? t('Add condition to {name}', { name: data.name }) : t('Add branch to {name}', { name: data.name })}
            title={choice ? t('Add a condition branch') : t('Add a branch')}
          >
            <Icon name="plus" size={14} />
            <span>{choice ? t('Condition') : t('Branch')}</span>
          </button>
        ) : null}
        {data.canAddDefault && !closed ? (
          <button type="button" className="node-button nodrag nopan" onClick={addDefault} aria-label={t('Add default to {name}', { name: data.name })} title={t('Add a default branch')}>
            <Icon name="plus" size={14} />
            <span>{t('Default')}</span>
          </button>
        ) : null}
        <button
          type="button"
          className="node-button collapse-toggle nodrag nopan"
          onClick={toggle}
          aria-label={closed ? t('Expand {name}', { name: data.name }) : t('Collapse {name}', { name: data.name })}
          aria-expanded={!closed}
          title={closed ? t('Show the steps inside') : t('Hide the steps inside (remembered for this flow)')}
        >
          <Icon name={closed ? 'down' : 'up'} size={14} />
        </button>
      </div>
      {data.collapsed ? (
        <div className="collapsed-summary">
          {inside === 0 ? t('No steps inside') : inside === 1 ? t('1 step inside') : t('{n} steps inside', { n: inside })}
        </div>
      ) : null}
    </div>
  )
})
