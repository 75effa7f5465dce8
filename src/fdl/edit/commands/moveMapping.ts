import type { CommandHandler } from './CommandHandler.ts'
import { locate } from '../yaml/locate.ts'
import { insertItems } from '../ops/insertItems.ts'
import { removeEntry } from '../ops/removeEntry.ts'
import { combine } from '../ops/combine.ts'
import { stepItem } from '../fdl/stepItem.ts'
import { moveInFlowList } from '../ops/moveInFlowList.ts'
import { checkMappingList } from './mappingRow.ts'

/**
 * `mapping.move`: reorders rows. `to` is the row's index AFTER the move (array-move semantics: in
 * [a, b, c], moving 0 to 2 gives [b, c, a]). The row keeps its comments.
 */
export const moveMapping: CommandHandler<'mapping.move'> = {
  check(ctx, c) {
    return checkMappingList(ctx.doc, c.list, c.from, { mayBeMissing: false, end: false }) ?? checkMappingList(ctx.doc, c.list, c.to, { mayBeMissing: false, end: false })
  },
  plan(ctx, c) {
    if (c.from === c.to) return []
    const before = c.to > c.from ? c.to + 1 : c.to
    const inFlow = moveInFlowList(ctx, c.list, c.from, before)
    if (inFlow) return inFlow
    const { chain } = locate(ctx.doc, [...c.list, c.from])
    const row = stepItem(ctx, chain, true)
    if ('reason' in row) return row
    return combine([removeEntry(ctx, chain), insertItems(ctx, c.list, before, [row])])
  },
}
