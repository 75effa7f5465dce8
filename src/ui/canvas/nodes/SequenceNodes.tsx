import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useDesigner } from '../../../store/Designer.ts'
import { useT, type Translate } from '../../i18n/language.ts'
import { Icon } from '../../shell/Toolbar.tsx'
import type { LaneNodeData, PlaceholderNodeData, MarkerNodeData } from '../CanvasNodeData.ts'
import { sayCanvasText } from '../CanvasNodeData.ts'
import { samePath } from '../../../fdl/model/jsonPaths.ts'
import { focusPaletteSearch } from '../../palette/PalettePane.tsx'
import { NodeHandles } from './StepNode.tsx'

/** What its remove button says: `Remove condition 2 of Route`, `Remove default of Route`, `Remove branch 1 of FanOut`. */
function removeLabel(t: Translate, d: LaneNodeData): string {
  const owner = d.ownerName
  if (d.role === 'default') return t('Remove default of {owner}', { owner })
  if (d.role === 'choice') return t('Remove condition {n} of {owner}', { n: d.index + 1, owner })
  return t('Remove branch {n} of {owner}', { n: d.index + 1, owner })
}

/** One branch or body of a container: its label (condition, default, branch n), its goto, and a remove button. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<Node<LaneNodeData>>) {
  const t = useT()
  const dispatch = useDesigner((s) => s.dispatch)
  const remove = () =>
    dispatch({ origin: 'canvas', command: { type: 'branch.remove', step: data.owner, index: data.role === 'default' ? 'default' : data.index } })
  const label = sayCanvasText(t, data.label)
  return (
    <div className={`lane role-${data.role}`}>
      <div className="lane-header">
        <span className={`lane-label${data.role === 'choice' ? ' code' : ''}`} title={label}>
          {label}
        </span>
        {data.goto ? <span className="lane-goto" title={t('Then go to {step}', { step: data.goto })}>→ {data.goto}</span> : null}
        {data.removable ? (
          <button type="button" className="lane-remove nodrag nopan" aria-label={removeLabel(t, data)} title={removeLabel(t, data)} onClick={remove}>
            <Icon name="minus" size={12} />
          </button>
        ) : null}
      </div>
    </div>
  )
})

/**
 * An empty sequence: a drop target for the pointer, and a button for everyone else. Pressing it selects the
 * container, aims the next palette insert here and puts focus in the palette search, so a step type and Enter
 * fill the branch.
 */
export const PlaceholderNode = memo(function PlaceholderNode({ data }: NodeProps<Node<PlaceholderNodeData>>) {
  const t = useT()
  const aimInsert = useDesigner((s) => s.aimInsert)
  const select = useDesigner((s) => s.select)
  const editable = useDesigner((s) => s.analysis.blocker === null)
  const aimed = useDesigner((s) => s.insertInto !== null && samePath(s.insertInto.sequence, data.sequence))
  const aim = () => {
    // A click inside a container still selects it, as a click anywhere in its box did before the slot was a button.
    select(data.owner ? [data.owner] : [], 'canvas')
    aimInsert({ sequence: data.sequence, label: data.label })
    focusPaletteSearch()
  }
  return (
    <button
      type="button"
      className={`placeholder nodrag nopan${aimed ? ' aimed' : ''}`}
      aria-label={t('Add a step to {target}', { target: data.label })}
      title={t('Drop a step here, or press to pick one in the palette for {target}', { target: data.label })}
      disabled={!editable}
      onClick={aim}
    >
      <NodeHandles jumps={false} />
      {t('Drop a step here')}
    </button>
  )
})

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
