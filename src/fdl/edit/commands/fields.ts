import { isAlias, isMap, isSeq } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './CommandHandler.ts'
import { locate, isNullValue } from '../yaml/nodes.ts'
import { setValue } from '../ops/setValue.ts'
import { createAt } from '../ops/insertItems.ts'
import { jsonValueProblem } from '../fdl/jsonValue.ts'
import { removeAt } from '../ops/remove.ts'
import { isStructural } from '../fdl/structure.ts'

/**
 * `field.set`: sets any value at any path, creating the mappings on the way. An existing mapping or
 * list is updated entry by entry (comments of untouched entries stay); an unchanged scalar is not
 * rewritten, and a changed string keeps its quotes.
 */
export const setField: CommandHandler<'field.set'> = {
  check(ctx, c) {
    const bad = checks.path(c.path) ?? jsonValueProblem(c.value)
    if (bad) return bad
    const { chain, found } = locate(ctx.doc, c.path)
    if (found) return null
    const deepest = chain[chain.length - 1]!
    const next = c.path[deepest.path.length]
    const tailOk = c.path.slice(deepest.path.length + 1).every((s) => typeof s === 'string' || s === 0)
    const node = deepest.node
    const room =
      (isMap(node) && typeof next === 'string') ||
      (isNullValue(node) && deepest.path.length > 0 && (typeof next === 'string' || next === 0)) ||
      (isSeq(node) && next === node.items.length)
    if (isAlias(node)) return { reason: msg('{path} is an alias; edit it in the code.', { path: checks.show(deepest.path) }) }
    return room && tailOk ? null : { reason: msg('Cannot set {path}: {parent} has no room for it.', { path: checks.show(c.path), parent: checks.show(deepest.path) }) }
  },
  plan(ctx, c) {
    const { chain, found } = locate(ctx.doc, c.path)
    return found ? setValue(ctx, chain, c.value) : createAt(ctx, chain, c.path, { value: c.value })
  },
}

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
