import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { StepGlyph } from '../../common/StepGlyph.tsx'
import { useT } from '../../i18n/language.ts'
import { StepSimBadge } from '../../simulation/StepSimBadge.tsx'
import type { StepNodeData } from '../CanvasNodeData.ts'
import { sayCanvasText } from '../canvasText.ts'
import { NodeHandles } from './NodeHandles.tsx'
import { ProblemsBadge } from './ProblemsBadge.tsx'
import { typeCaption } from './typeCaption.ts'

/** Patterns other than the default get a pill; waitForCallback the prominent one. */
function PatternPill({ pattern, callback }: { pattern: string | null; callback: boolean }) {
  const t = useT()
  if (callback) return <span className="pill callback" title={t('Waits for a callback with the task token')}>{t('⟲ Callback')}</span>
  // Other patterns are FDL keywords (`sync`, `async`) and are shown as written.
  if (pattern && pattern !== 'requestResponse') return <span className="pill">{pattern}</span>
  return null
}

/** A step box: icon, type caption, name, what it calls, pattern and problems. Memoised: redrawn only when its data changes. */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<Node<StepNodeData>>) {
  const t = useT()
  const terminal = data.type === 'succeed' || data.type === 'fail'
  const caption = sayCanvasText(t, typeCaption(data.type, data.glyph))
  const detail = data.detail === null ? null : sayCanvasText(t, data.detail)
  return (
    <div className={`step-card type-${data.type}${terminal ? ' terminal' : ''}${selected ? ' selected' : ''}`}>
      <NodeHandles source={!terminal} />
      <StepSimBadge name={data.name} />
      <StepGlyph kind={data.glyph} size={terminal ? 26 : 30} />
      <div className="step-main">
        <span className="step-top">
          <span className="step-type" title={caption}>{caption}</span>
          <ProblemsBadge problems={data.problems} />
        </span>
        <span className="step-name" title={data.name || undefined}>{data.name || t('(unnamed)')}</span>
        {detail || data.pattern ? (
          <span className="step-bottom">
            {detail ? <span className="step-detail" title={detail}>{detail}</span> : <span />}
            <PatternPill pattern={data.pattern} callback={data.callback} />
          </span>
        ) : null}
      </div>
    </div>
  )
})
