import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { useDesigner } from '../../../store/Designer.ts'
import { useT, type Translate } from '../../i18n/language.ts'
import { Icon } from '../../shell/Icon.tsx'
import type { LaneNodeData } from '../CanvasNodeData.ts'
import { sayCanvasText } from '../canvasText.ts'

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
