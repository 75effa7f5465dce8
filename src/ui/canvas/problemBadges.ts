import type { Diagnostic, Severity } from '../../fdl/model/Diagnostic.ts'
import { pathKey } from '../../fdl/model/jsonPaths.ts'
import type { ProblemBadge } from './CanvasNodeData.ts'

const RANK: Readonly<Record<Severity, number>> = { error: 3, warning: 2, info: 1 }

/**
 * Counts diagnostics per step: each one belongs to the deepest step whose path starts its own path (a problem
 * in a branch's task badges the task, not the choice around it). Document-level ones badge nothing.
 */
export function problemBadges(diagnostics: readonly Diagnostic[], stepKeys: ReadonlySet<string>): ReadonlyMap<string, ProblemBadge> {
  const badges = new Map<string, ProblemBadge>()
  for (const d of diagnostics) {
    let owner: string | undefined
    for (let n = d.path.length; n > 0 && owner === undefined; n--) {
      const key = pathKey(d.path.slice(0, n))
      if (stepKeys.has(key)) owner = key
    }
    if (owner === undefined) continue
    const prev = badges.get(owner)
    const severity = prev && RANK[prev.severity] >= RANK[d.severity] ? prev.severity : d.severity
    badges.set(owner, { count: (prev?.count ?? 0) + 1, severity })
  }
  return badges
}
