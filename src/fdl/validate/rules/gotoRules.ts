import { msg } from '../../../i18n/Message.ts'
import type { Rule } from '../ValidationContext.ts'
import { closestName } from '../closestName.ts'
import { stepGotos } from '../stepFacts.ts'
import type { Sequence } from '../../model/Step.ts'

/** Lists a few names for a message, so a long sequence does not flood it. */
const some = (names: readonly string[]) => names.slice(0, 6).map((n) => `\`${n}\``).join(', ') + (names.length > 6 ? ', …' : '')

/**
 * `goto` (choice branches, default, catch) jumps to a sibling: a step in the same `steps` list as the step
 * that holds it (REFERENCE §2.2). Jumping into or out of a nested list is not possible.
 */
export const gotoRules: Rule = {
  name: 'goto targets',
  codes: ['goto-unknown-step', 'goto-not-sibling'],
  check(ctx) {
    const everywhere = new Set(ctx.steps.map((v) => v.step.name))
    const namesOf = new Map<Sequence, Set<string>>(ctx.sequences.map((s) => [s, new Set(s.steps.map((step) => step.name))]))
    for (const { step, sequence } of ctx.steps) {
      for (const g of stepGotos(step)) {
        if (namesOf.get(sequence)!.has(g.target)) continue
        const siblings = sequence.steps.map((s) => s.name).filter((n) => n !== '')
        const options = siblings.filter((n) => n !== step.name)
        if (everywhere.has(g.target)) {
          const reachable = options.length > 0 ? some(options) : msg('there are none')
          ctx.report('goto-not-sibling', msg('`goto: {target}` jumps out of the steps list that holds `{step}`; goto can only reach steps in the same list ({reachable}). Move `{target}` into this list, or jump to a sibling.', { target: g.target, step: step.name, reachable }), g.path)
        } else {
          const guess = closestName(g.target, siblings)
          const hint = guess
            ? msg('Did you mean `{name}`?', { name: guess })
            : options.length > 0 ? msg('Name a step in the same steps list: {names}.', { names: some(options) }) : msg('Name a step in the same steps list (there is none yet).')
          ctx.report('goto-unknown-step', msg('No step is named `{target}`. {hint}', { target: g.target, hint }), g.path)
        }
      }
    }
  },
}
