import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import type { Plan } from '../EditContext.ts'
import { locate } from '../yaml/locate.ts'
import { setValue } from '../ops/setValue.ts'
import { combine } from '../ops/combine.ts'
import { createAt } from '../ops/insertItems.ts'
import { jsonValueProblem } from '../fdl/jsonValue.ts'
import { checkMappingList } from './mappingRow.ts'

/** `mapping.set`: changes the target and/or source of one row; fields not given stay as written. */
export const setMapping: CommandHandler<'mapping.set'> = {
  check(ctx, c) {
    if (c.mapping?.target !== undefined && typeof c.mapping.target !== 'string') return { reason: msg('A mapping target is text.') }
    if ('source' in (c.mapping ?? {})) {
      const bad = jsonValueProblem(c.mapping.source === undefined ? null : c.mapping.source)
      if (bad) return bad
    }
    return checkMappingList(ctx.doc, c.list, c.index, { mayBeMissing: false, end: false })
  },
  plan(ctx, c) {
    const plans: Plan[] = []
    for (const key of ['target', 'source'] as const) {
      if (!(key in c.mapping)) continue
      const path = [...c.list, c.index, key]
      const value = c.mapping[key] === undefined ? null : c.mapping[key]
      const { chain, found } = locate(ctx.doc, path)
      plans.push(found ? setValue(ctx, chain, value) : createAt(ctx, chain, path, { value }))
    }
    return combine(plans)
  },
}
