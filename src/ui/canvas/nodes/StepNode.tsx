import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { StepGlyph } from '../../common/StepGlyph.tsx'
import { useT } from '../../i18n/language.ts'
import { StepSimBadge } from '../../simulation/StepSimBadge.tsx'
import type { StepNodeData, ProblemBadge, CanvasText } from '../CanvasNodeData.ts'
import { sayCanvasText } from '../CanvasNodeData.ts'
import type { Translate } from '../../i18n/language.ts'
import { msg, type Message } from '../../../i18n/Message.ts'
import { Handle, Position } from '@xyflow/react'

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

/** `1 error`, `3 warnings`, `2 notes`: English picks the plural here; both forms are in the catalogues. */
function badgeText(t: Translate, { count: n, severity }: ProblemBadge): string {
  if (severity === 'error') return n === 1 ? t('1 error') : t('{n} errors', { n })
  if (severity === 'warning') return n === 1 ? t('1 warning') : t('{n} warnings', { n })
  return n === 1 ? t('1 note') : t('{n} notes', { n })
}

/** The count of a step's diagnostics, coloured by the worst severity. */
export function ProblemsBadge({ problems }: { problems: ProblemBadge | null }) {
  const t = useT()
  if (!problems) return null
  const text = badgeText(t, problems)
  return (
    <span className={`problem-badge ${problems.severity}`} title={text} aria-label={text} role="img">
      {problems.count}
    </span>
  )
}

/** The palette's names of the step types (translated; the FDL keyword itself is what the node's name says). */
const TYPES: ReadonlyMap<string, Message> = new Map([
  ['task', msg('Task')], ['pass', msg('Pass')], ['wait', msg('Wait')], ['choice', msg('Choice')], ['parallel', msg('Parallel')],
  ['foreach', msg('Foreach')], ['succeed', msg('Succeed')], ['fail', msg('Fail')],
])

const INTEGRATIONS: ReadonlyMap<string, Message> = new Map([
  ['mns-queue', msg('MNS queue')], ['mns-topic', msg('MNS topic')], ['fc', msg('Function Compute')], ['child-flow', msg('Child flow')],
])

/**
 * The small caption above a step's name: its type, and for tasks what kind of integration. A type the app
 * does not know is the document's word, shown as written (capitalised).
 */
export function typeCaption(type: string, glyph: string): CanvasText {
  const sub = type === 'task' ? INTEGRATIONS.get(glyph) : undefined
  if (sub) return msg('Task · {integration}', { integration: sub })
  return TYPES.get(type) ?? type.charAt(0).toUpperCase() + type.slice(1)
}

/**
 * Invisible attachment points: sequence lines enter at the top and leave at the bottom; goto and catch jumps
 * leave and enter on the right so they read as detours. Nothing is connectable by hand.
 */
export function NodeHandles({ source = true, target = true, jumps = true }: { source?: boolean; target?: boolean; jumps?: boolean }) {
  return (
    <>
      {target ? <Handle type="target" position={Position.Top} id="in" isConnectable={false} className="handle" /> : null}
      {source ? <Handle type="source" position={Position.Bottom} id="out" isConnectable={false} className="handle" /> : null}
      {jumps ? <Handle type="source" position={Position.Right} id="jump-out" isConnectable={false} className="handle" /> : null}
      {jumps ? <Handle type="target" position={Position.Right} id="jump-in" isConnectable={false} className="handle" /> : null}
    </>
  )
}
