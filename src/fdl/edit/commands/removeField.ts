import { isMap, isSeq } from 'yaml'
import type { CommandHandler } from './CommandHandler.ts'
import type { Located } from '../yaml/locate.ts'
import { checks } from './checks.ts'
import { locate } from '../yaml/locate.ts'
import { removeAt } from '../ops/removeAt.ts'

/** True for the containers a removal never takes away when it empties them: the root, steps and `steps` lists. */
export function isStructural(loc: Located): boolean {
  const p = loc.path
  if (p.length === 0) return true
  if (isSeq(loc.node) && p[p.length - 1] === 'steps') return true
  return isMap(loc.node) && typeof p[p.length - 1] === 'number' && p[p.length - 2] === 'steps'
}

/** `field.remove`: removes a field; a mapping or list it leaves empty goes too (but never a step or a `steps` list). */
export const removeField: CommandHandler<'field.remove'> = {
  check(ctx, c) {
    const bad = checks.path(c.path)
    if (bad) return bad
    return locate(ctx.doc, c.path).found ? null : `There is nothing at ${checks.show(c.path)} to remove.`
  },
  plan(ctx, c) {
    return removeAt(ctx, locate(ctx.doc, c.path).chain, isStructural)
  },
}
