import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './checks.ts'
import { insertItems } from '../ops/insertItems.ts'
import { prepareSteps } from '../fdl/prepareSteps.ts'
import { docStepNames } from '../fdl/docStepNames.ts'
import { overLimitText, utf8Length } from '../../files/byteSizes.ts'

/** The most text a document may hold (`guardInput`): a longer paste could never be read back. */
const MAX_PASTE = 4 * 1024 * 1024

/** `step.paste`: inserts steps given as YAML text (one step or a list), keeping their comments, with clashing names made unique. */
export const pasteSteps: CommandHandler<'step.paste'> = {
  check(ctx, c) {
    if (typeof c.yaml !== 'string' || c.yaml.trim() === '') return { reason: msg('There is nothing to paste.') }
    if (c.yaml.length > MAX_PASTE) return { reason: msg('The pasted text is too large: {size}.', { size: overLimitText(utf8Length(c.yaml), MAX_PASTE) }) }
    const where = checks.sequence(ctx.doc, c.sequence, c.index)
    if (where) return where
    const items = prepareSteps(c.yaml, new Set())
    return 'reason' in items ? items : null
  },
  plan(ctx, c) {
    const items = prepareSteps(c.yaml, docStepNames(ctx.doc))
    return 'reason' in items ? items : insertItems(ctx, c.sequence, c.index, items)
  },
}
