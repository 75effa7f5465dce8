import { isMap, isSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { UNREACHABLE, type Plan } from '../EditContext.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { setValue } from '../ops/setValue.ts'
import { combine } from '../ops/combine.ts'
import { createAt } from '../ops/insertItems.ts'
import { classifyPath } from '../fdl/classifyPath.ts'
import { docStepNames } from '../fdl/docStepNames.ts'
import { stepName } from '../fdl/stepName.ts'
import { gotoPaths } from '../fdl/gotoPaths.ts'

/**
 * `step.rename`: renames a step and every `goto` naming it. Gotos can only name siblings (REFERENCE §2.2),
 * so the choice `choices[].goto` / `default.goto` and task `catch[].goto` of the steps in the same
 * sequence (the step itself included) are the ones updated. Names stay unique flow-wide.
 */
export const renameStep: CommandHandler<'step.rename'> = {
  check(ctx, c) {
    const bad = checks.step(ctx.doc, c.path)
    if (bad) return bad
    if (typeof c.name !== 'string' || c.name.trim() === '') return { reason: msg('A step needs a name.') }
    if (/[\r\n]/.test(c.name)) return { reason: msg('A step name is one line.') }
    const step = classifyPath(ctx.doc, c.path)
    if (step?.kind === 'step' && stepName(step.node) === c.name) return null
    return docStepNames(ctx.doc).has(c.name) ? { reason: msg('A step named {name} already exists; step names must be unique in the flow.', { name: c.name }) } : null
  },
  plan(ctx, c) {
    const { chain, found } = locate(ctx.doc, [...c.path, 'name'])
    const step = classifyPath(ctx.doc, c.path)
    if (step?.kind !== 'step') return UNREACHABLE
    const old = stepName(step.node)
    if (old === c.name) return []
    const plans: Plan[] = [found ? setValue(ctx, chain, c.name) : createAt(ctx, chain, [...c.path, 'name'], { value: c.name })]
    const seqPath = c.path.slice(0, -1)
    const seq = locate(ctx.doc, seqPath).chain.at(-1)?.node
    if (old !== '' && isSeq(seq)) {
      seq.items.forEach((sibling, i) => {
        if (!isMap(sibling)) return
        for (const g of gotoPaths(sibling, [...seqPath, i])) {
          if (g.target === old) plans.push(setValue(ctx, locate(ctx.doc, g.path).chain, c.name))
        }
      })
    }
    return combine(plans)
  },
}
