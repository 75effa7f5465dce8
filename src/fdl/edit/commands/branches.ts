import { isSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import { UNREACHABLE } from '../EditContext.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './CommandHandler.ts'
import { locate } from '../yaml/nodes.ts'
import { insertItems } from '../ops/insertItems.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { classifyPath } from '../fdl/structure.ts'
import { PLACEHOLDER_CONDITION } from '../../templates/newStep.ts'
import { MAX_PARALLEL_BRANCHES } from '../../model/serviceLimits.ts'
import type { Located } from '../yaml/nodes.ts'
import { removeAt } from '../ops/remove.ts'

/**
 * `branch.add`: appends `{condition, steps: []}` to a choice's `choices` (which come before `default`;
 * a placeholder condition when none is given) or `{steps: []}` to a parallel step's `branches`.
 */
export const addBranch: CommandHandler<'branch.add'> = {
  check(ctx, c) {
    const step = classifyPath(ctx.doc, c.step)
    if (step?.kind !== 'step') return checks.step(ctx.doc, c.step)
    if (step.type !== 'choice' && step.type !== 'parallel') return { reason: msg('Only choice and parallel steps have branches.') }
    if (c.condition !== undefined && typeof c.condition !== 'string') return { reason: msg('A condition is text.') }
    const key = step.type === 'choice' ? 'choices' : 'branches'
    const list = step.node.get(key, true)
    if (step.type === 'parallel' && isSeq(list) && list.items.length >= MAX_PARALLEL_BRANCHES) {
      return { reason: msg('A parallel step has at most {max} branches.', { max: MAX_PARALLEL_BRANCHES }) }
    }
    return list == null || isSeq(list) || (typeof list === 'object' && 'value' in list && list.value == null) ? null : { reason: msg('`{key}` is not a list.', { key }) }
  },
  plan(ctx, c) {
    const step = classifyPath(ctx.doc, c.step)
    if (step?.kind !== 'step') return UNREACHABLE
    const choice = step.type === 'choice'
    const list = [...c.step, choice ? 'choices' : 'branches']
    const node = locate(ctx.doc, list).chain.at(-1)?.node
    const length = isSeq(node) ? node.items.length : 0
    const branch = choice ? { condition: c.condition ?? PLACEHOLDER_CONDITION, steps: [] } : { steps: [] }
    return insertItems(ctx, list, length, [{ text: yamlText.item(branch), value: branch }])
  },
}

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
