import { msg } from '../../../i18n/Message.ts'
import type { CommandHandler } from './CommandHandler.ts'
import { checks } from './CommandHandler.ts'
import { insertItems, createAt } from '../ops/insertItems.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { docStepNames, plainStepNames, stepName } from '../fdl/stepNames.ts'
import { jsonValueProblem } from '../fdl/jsonValue.ts'
import { prepareSteps } from '../fdl/prepareSteps.ts'
import { overLimitText, utf8Length } from '../../files/byteSizes.ts'
import { locate } from '../yaml/nodes.ts'
import { stepItem, classifyPath, gotoPaths } from '../fdl/structure.ts'
import { isMap, isSeq } from 'yaml'
import { UNREACHABLE, type Plan } from '../EditContext.ts'
import { setValue } from '../ops/setValue.ts'
import { combine } from '../ops/plainEdit.ts'

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
