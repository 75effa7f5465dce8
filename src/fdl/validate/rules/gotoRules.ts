import type { Rule } from '../Rule.ts'
import { closestName } from '../closestName.ts'
import { stepGotos } from '../stepGotos.ts'
import type { Sequence } from '../../model/Sequence.ts'

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
          ctx.report('goto-not-sibling', `\`goto: ${g.target}\` jumps out of the steps list that holds \`${step.name}\`; goto can only reach steps in the same list (${some(options) || 'there are none'}). Move \`${g.target}\` into this list, or jump to a sibling.`, g.path)
        } else {
          const guess = closestName(g.target, siblings)
          const hint = guess ? `Did you mean \`${guess}\`?` : `Name a step in the same steps list${options.length ? `: ${some(options)}` : ' (there is none yet)'}.`
          ctx.report('goto-unknown-step', `No step is named \`${g.target}\`. ${hint}`, g.path)
        }
      }
    }
  },
}
