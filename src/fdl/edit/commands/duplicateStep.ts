import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { insertItems } from '../ops/insertItems.ts'
import { stepItem } from '../fdl/stepItem.ts'
import { prepareSteps } from '../fdl/prepareSteps.ts'
import { docStepNames } from '../fdl/docStepNames.ts'

/**
 * `step.duplicate`: inserts a copy right after the step, with its comments (but not the ones above it)
 * and fresh names for it and every step inside it; gotos inside the copy follow the renamed siblings.
 */
export const duplicateStep: CommandHandler<'step.duplicate'> = {
  check(ctx, c) {
    return checks.step(ctx.doc, c.path)
  },
  plan(ctx, c) {
    const item = stepItem(ctx, locate(ctx.doc, c.path).chain, false)
    if ('reason' in item) return item
    const copies = prepareSteps(item.text, docStepNames(ctx.doc))
    if ('reason' in copies) return copies
    const index = c.path[c.path.length - 1] as number
    return insertItems(ctx, c.path.slice(0, -1), index + 1, copies)
  },
}
