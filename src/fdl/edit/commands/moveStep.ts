import { msg } from '../../../i18n/Message.ts'
import { samePath } from '../../model/jsonPaths.ts'
import { isSeq } from 'yaml'
import type { CommandHandler } from './CommandHandler.ts'
import type { JsonPath } from '../../model/JsonPath.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { insertItems } from '../ops/insertItems.ts'
import { removeAt } from '../ops/removeAt.ts'
import { combine } from '../ops/combine.ts'
import { stepItem } from '../fdl/stepItem.ts'
import { moveInFlow } from '../ops/moveInFlow.ts'

const isInside = (path: JsonPath, ancestor: JsonPath) => path.length >= ancestor.length && ancestor.every((s, i) => s === path[i])

/**
 * `step.move`: moves a step, with the comments it owns and its children, to `index` of a sequence, where
 * `index` counts positions BEFORE the step is taken out (so in [a, b, c], moving a to 2 gives [b, a, c]
 * and to 3 gives [b, c, a]). The text is re-indented to the new place. A sequence left empty becomes `[]`.
 */
export const moveStep: CommandHandler<'step.move'> = {
  check(ctx, c) {
    const bad = checks.step(ctx.doc, c.from) ?? checks.sequence(ctx.doc, c.sequence, c.index)
    if (bad) return bad
    return isInside(c.sequence, c.from) ? { reason: msg('A step cannot be moved into itself or one of its own branches.') } : null
  },
  plan(ctx, c) {
    const from = c.from[c.from.length - 1] as number
    const source = c.from.slice(0, -1)
    if (samePath(source, c.sequence) && (c.index === from || c.index === from + 1)) return []
    const inFlow = moveInFlow(ctx, [c.from], c.sequence, c.index)
    if (inFlow) return inFlow
    const { chain } = locate(ctx.doc, c.from)
    const item = stepItem(ctx, chain, true)
    if ('reason' in item) return item
    const keepSeq = (loc: { path: JsonPath; node: unknown }) => isSeq(loc.node) && samePath(loc.path, source)
    return combine([removeAt(ctx, chain, keepSeq), insertItems(ctx, c.sequence, c.index, [item])])
  },
}
