import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import { sharedFlow } from '../yaml/sharedFlow.ts'
import { flowFallback } from './flowFallback.ts'
import { plainListAt } from './plainListAt.ts'

/**
 * Moves list items (`paths`, in document order) to `index` of list `sequence` (an index counted before they
 * are taken out) when all of them and that list sit in one flow collection: a JSON flow, or a `[ … ]` in YAML.
 * That collection is rewritten once (see `sharedFlow`). Null when they are not all in the same one.
 */
export function moveInFlow(ctx: EditContext, paths: readonly JsonPath[], sequence: JsonPath, index: number): Plan | null {
  const shared = sharedFlow(ctx, [sequence, ...paths.map((p) => p.slice(0, -1))])
  if (!shared) return null
  return flowFallback(ctx, shared.chain, shared.at, (plain, rel) => {
    // `plain` is a fresh copy: its lists are changed in place, through references that stay right while
    // items are taken out (paths would shift).
    const into = plainListAt(plain, rel(sequence), true)
    const taken = paths.map((p) => ({ list: plainListAt(plain, rel(p.slice(0, -1))), at: p[p.length - 1] as number }))
    const items = taken.map((t) => t.list[t.at])
    const before = index - taken.filter((t) => t.list === into && t.at < index).length
    for (const t of [...taken].sort((a, b) => b.at - a.at)) t.list.splice(t.at, 1)
    into.splice(before, 0, ...items)
    return plain
  })
}
