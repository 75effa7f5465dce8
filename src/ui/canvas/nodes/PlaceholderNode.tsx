import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { samePath } from '../../../fdl/model/jsonPaths.ts'
import { useDesigner } from '../../../store/Designer.ts'
import { useT } from '../../i18n/language.ts'
import { focusPaletteSearch } from '../../palette/paletteSearchFocus.ts'
import type { PlaceholderNodeData } from '../CanvasNodeData.ts'
import { NodeHandles } from './NodeHandles.tsx'

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
