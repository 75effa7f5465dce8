import { isMap } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import type { Located } from '../yaml/locate.ts'
import { removeEntry } from './removeEntry.ts'
import { replaceValue } from './replaceValue.ts'

/**
 * Removes the node at the end of `chain`. A mapping or list it leaves empty is removed too, and so on
 * upwards, except a container for which `keep` says yes (a step, a `steps` list): that one is written
 * as `{}` or `[]` instead.
 */
export function removeAt(ctx: EditContext, chain: readonly Located[], keep: (loc: Located) => boolean): Plan {
  for (let i = chain.length - 1; i >= 1; i--) {
    const container = chain[i - 1]!
    const coll = container.node as { items?: unknown[] }
    if ((coll.items?.length ?? 0) > 1) return removeEntry(ctx, chain.slice(0, i + 1))
    if (i === 1 || keep(container)) {
      if (i === 1 && !keep(container)) return removeEntry(ctx, chain.slice(0, 2))
      return replaceValue(ctx, chain.slice(0, i), { value: isMap(container.node) ? {} : [] })
    }
  }
  return { reason: msg('There is nothing to remove there.') }
}
