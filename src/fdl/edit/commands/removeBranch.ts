import { isSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import { UNREACHABLE } from '../EditContext.ts'
import type { CommandHandler } from './CommandHandler.ts'
import type { Located } from '../yaml/locate.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { removeAt } from '../ops/removeAt.ts'
import { classifyPath } from '../fdl/classifyPath.ts'

const keepList = (loc: Located) => isSeq(loc.node) && (loc.path.at(-1) === 'choices' || loc.path.at(-1) === 'branches')

/**
 * `branch.remove`: removes choice branch / parallel branch `index` with all its steps, or a choice's
 * `default`. The last branch leaves `choices: []` / `branches: []`, which the validator then reports.
 */
export const removeBranch: CommandHandler<'branch.remove'> = {
  check(ctx, c) {
    const step = classifyPath(ctx.doc, c.step)
    if (step?.kind !== 'step') return checks.step(ctx.doc, c.step)
    if (step.type !== 'choice' && step.type !== 'parallel') return { reason: msg('Only choice and parallel steps have branches.') }
    if (c.index === 'default') return step.type === 'choice' && step.node.has('default') ? null : { reason: msg('This step has no default branch.') }
    const list = step.node.get(step.type === 'choice' ? 'choices' : 'branches', true)
    const n = isSeq(list) ? list.items.length : 0
    return Number.isInteger(c.index) && c.index >= 0 && c.index < n ? null : { reason: msg('There is no branch {index}.', { index: String(c.index) }) }
  },
  plan(ctx, c) {
    const step = classifyPath(ctx.doc, c.step)
    if (step?.kind !== 'step') return UNREACHABLE
    const path = c.index === 'default' ? [...c.step, 'default'] : [...c.step, step.type === 'choice' ? 'choices' : 'branches', c.index]
    return removeAt(ctx, locate(ctx.doc, path).chain, keepList)
  },
}
