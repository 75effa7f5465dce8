import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { locate } from '../yaml/locate.ts'
import { insertItems } from '../ops/insertItems.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { jsonValueProblem } from '../fdl/jsonValue.ts'
import { checkMappingList } from './mappingRow.ts'

/** `mapping.add`: adds a `{target, source}` row to a mapping list, at `index` or at the end, creating the list if needed. */
export const addMapping: CommandHandler<'mapping.add'> = {
  check(ctx, c) {
    if (typeof c.mapping?.target !== 'string') return { reason: msg('A mapping row needs a target.') }
    return jsonValueProblem(c.mapping.source ?? null) ?? checkMappingList(ctx.doc, c.list, c.index, { mayBeMissing: true, end: true })
  },
  plan(ctx, c) {
    const { chain, found } = locate(ctx.doc, c.list)
    const node = chain[chain.length - 1]!.node as { items?: unknown[] } | null
    const index = c.index ?? (found ? (node?.items?.length ?? 0) : 0)
    const row = { target: c.mapping.target, source: c.mapping.source ?? null }
    return insertItems(ctx, c.list, index, [{ text: yamlText.item(row), value: row }])
  },
}
