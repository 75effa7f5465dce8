import type { Translate } from '../../i18n/language.ts'
import { useT } from '../../i18n/language.ts'
import type { ProblemBadge } from '../CanvasNodeData.ts'

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
