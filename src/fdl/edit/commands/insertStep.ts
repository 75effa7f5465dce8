import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './checks.ts'
import { insertItems } from '../ops/insertItems.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { docStepNames } from '../fdl/docStepNames.ts'
import { plainStepNames } from '../fdl/plainStepNames.ts'
import { jsonValueProblem } from '../fdl/jsonValue.ts'

/** `step.insert`: writes a new step, in canonical form, at a position of any sequence (creating the list if needed). */
export const insertStep: CommandHandler<'step.insert'> = {
  check(ctx, c) {
    const step = c.step as Record<string, unknown> | null
    if (step === null || typeof step !== 'object' || Array.isArray(step) || typeof step.type !== 'string') {
      return { reason: msg('A step is a mapping with at least a `type`.') }
    }
    const bad = jsonValueProblem(step)
    if (bad) return bad
    const taken = docStepNames(ctx.doc)
    const clash = plainStepNames(step).find((n) => taken.has(n))
    return checks.sequence(ctx.doc, c.sequence, c.index) ?? (clash === undefined ? null : { reason: msg('A step named {name} already exists; step names must be unique in the flow.', { name: clash }) })
  },
  plan(ctx, c) {
    return insertItems(ctx, c.sequence, c.index, [{ text: yamlText.item(c.step), value: c.step }])
  },
}
