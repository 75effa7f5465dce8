import type { CommandHandler } from './CommandHandler.ts'
import { locate } from '../yaml/locate.ts'
import { removeAt } from '../ops/removeAt.ts'
import { checkMappingList } from './mappingRow.ts'
import { isStructural } from '../fdl/isStructural.ts'

/** `mapping.remove`: removes one row; the list goes too when it becomes empty. */
export const removeMapping: CommandHandler<'mapping.remove'> = {
  check(ctx, c) {
    return checkMappingList(ctx.doc, c.list, c.index, { mayBeMissing: false, end: false })
  },
  plan(ctx, c) {
    return removeAt(ctx, locate(ctx.doc, [...c.list, c.index]).chain, isStructural)
  },
}
