import type { EditCommand } from '../EditCommand.ts'
import type { EditContext, Plan, Reason } from '../EditContext.ts'
import { isAlias, type Document } from 'yaml'
import { msg, type Message } from '../../../i18n/Message.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { classifyPath } from '../fdl/structure.ts'
import { locate } from '../yaml/nodes.ts'

/** The command variant whose `type` is `T`. */
export type CommandOf<T extends EditCommand['type']> = Extract<EditCommand, { readonly type: T }>

/**
 * One command family: the rule (whether it applies, cheap, no text produced; the UI uses it to disable
 * controls) kept apart from the effect (the splices), as diagram-js keeps `canExecute` apart from `execute`.
 * `plan` runs only after `check` returned null.
 */
export interface CommandHandler<T extends EditCommand['type']> {
  check(ctx: EditContext, command: CommandOf<T>): Reason | null
  plan(ctx: EditContext, command: CommandOf<T>): Plan
}

/** A path as messages name it: `steps.0.name`, or the document itself. */
const show = (path: JsonPath): string | Message => (path.length === 0 ? msg('the document') : path.join('.'))

/** Shared rules of the command checks; each returns the reason a user would read, or null. */
export const checks = {
  step(doc: Document, path: JsonPath): Reason | null {
    if (classifyPath(doc, path)?.kind === 'step') return null
    // The model follows aliases, so the canvas draws `- *common` as a step; edits do not follow them.
    const { chain } = locate(doc, path)
    const last = chain[chain.length - 1]!
    if (isAlias(last.node)) {
      return { reason: msg('{path} is an alias (*{name}) of a value written elsewhere; edit it in the code.', { path: show(last.path), name: last.node.source }) }
    }
    return { reason: msg('There is no step at {path}.', { path: show(path) }) }
  },
  sequence(doc: Document, path: JsonPath, index?: number): Reason | null {
    const c = classifyPath(doc, path)
    if (c?.kind !== 'sequence') return { reason: msg('{path} is not a place that holds steps.', { path: show(path) }) }
    if (index !== undefined && (!Number.isInteger(index) || index < 0 || index > c.length)) {
      const holds = c.length === 1 ? msg('it has 1 step') : msg('it has {n} steps', { n: c.length })
      return { reason: msg('Position {index} is outside {path} ({holds}).', { index: String(index), path: show(path), holds }) }
    }
    return null
  },
  path(path: JsonPath): Reason | null {
    if (!Array.isArray(path) || path.length === 0) return { reason: msg('A field path is needed.') }
    return path.every((s) => typeof s === 'string' || (Number.isInteger(s) && s >= 0)) ? null : { reason: msg('{path} is not a valid path.', { path: show(path) }) }
  },
  show,
}
