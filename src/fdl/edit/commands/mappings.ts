import { isMap, isSeq, type Document } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { Reason, Plan } from '../EditContext.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { locate, isNullValue } from '../yaml/nodes.ts'
import { checks } from './CommandHandler.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { insertItems, createAt } from '../ops/insertItems.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { jsonValueProblem } from '../fdl/jsonValue.ts'
import { setValue } from '../ops/setValue.ts'
import { combine } from '../ops/plainEdit.ts'
import { removeEntry, removeAt } from '../ops/remove.ts'
import { stepItem, isStructural } from '../fdl/structure.ts'
import { moveInFlowList } from '../ops/move.ts'

/** Checks that `list` is a mapping list (or a place where one can be created when `mayBeMissing`) and that `index` is a row of it (or, with `end`, one past the last). */
export function checkMappingList(doc: Document, list: JsonPath, index: number | undefined, opts: { mayBeMissing: boolean; end: boolean }): Reason | null {
  const bad = checks.path(list)
  if (bad) return bad
  const { chain, found } = locate(doc, list)
  const node = chain[chain.length - 1]!.node
  let length = 0
  if (!found) {
    const parentMissing = chain.length < list.length
    if (!opts.mayBeMissing || parentMissing || !isMap(node)) return { reason: msg('There is no mapping list at {path}.', { path: checks.show(list) }) }
  } else if (isSeq(node)) length = node.items.length
  else if (!(opts.mayBeMissing && isNullValue(node))) return { reason: msg('{path} is not a list of mappings.', { path: checks.show(list) }) }
  if (index === undefined) return null
  const max = opts.end ? length : length - 1
  return Number.isInteger(index) && index >= 0 && index <= max ? null : { reason: msg('There is no row {index} in {path}.', { index: String(index), path: checks.show(list) }) }
}

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

/** `mapping.remove`: removes one row; the list goes too when it becomes empty. */
export const removeMapping: CommandHandler<'mapping.remove'> = {
  check(ctx, c) {
    return checkMappingList(ctx.doc, c.list, c.index, { mayBeMissing: false, end: false })
  },
  plan(ctx, c) {
    return removeAt(ctx, locate(ctx.doc, [...c.list, c.index]).chain, isStructural)
  },
}
