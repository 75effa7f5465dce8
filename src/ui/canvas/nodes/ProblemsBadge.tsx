import type { ProblemBadge } from '../CanvasNodeData.ts'

/** The count of a step's diagnostics, coloured by the worst severity. */
export function ProblemsBadge({ problems }: { problems: ProblemBadge | null }) {
  if (!problems) return null
  const noun = problems.severity === 'error' ? 'error' : problems.severity === 'warning' ? 'warning' : 'note'
  const text = `${problems.count} ${noun}${problems.count === 1 ? '' : 's'}`
  return (
    <span className={`problem-badge ${problems.severity}`} title={text} aria-label={text} role="img">
      {problems.count}
    </span>
  )
}
