import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { removeAt } from '../ops/removeAt.ts'
import { isStructural } from '../fdl/isStructural.ts'

/** `field.remove`: removes a field; a mapping or list it leaves empty goes too (but never a step or a `steps` list). */
export const removeField: CommandHandler<'field.remove'> = {
  check(ctx, c) {
    const bad = checks.path(c.path)
    if (bad) return bad
    return locate(ctx.doc, c.path).found ? null : { reason: msg('There is nothing at {path} to remove.', { path: checks.show(c.path) }) }
  },
  plan(ctx, c) {
    return removeAt(ctx, locate(ctx.doc, c.path).chain, isStructural)
  },
}
