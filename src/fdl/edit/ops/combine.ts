import type { Plan } from '../EditContext.ts'
import type { Splice } from '../text/Splice.ts'

/** All the plans' splices, or the first refusal: a command made of several edits succeeds whole or not at all. */
export function combine(plans: readonly Plan[]): Plan {
  const out: Splice[] = []
  for (const p of plans) {
    if ('reason' in p) return p
    out.push(...p)
  }
  return out
}
