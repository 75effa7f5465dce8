import { msg } from '../../../i18n/Message.ts'
import { isScalar } from 'yaml'
import type { Rule, StepVisit } from '../ValidationContext.ts'

// Appendix A's recommended (UNCONFIRMED) charset; a warning, never an error.
const NAME_FORMAT = /^[A-Za-z0-9_-]{1,128}$/

/** Every step has a `type` and a `name`; names are unique flow-wide and use a safe charset (REFERENCE §1.2). */
export const stepNameRules: Rule = {
  name: 'step names',
  codes: ['step-type-missing', 'step-name-missing', 'step-name-duplicate', 'step-name-format'],
  check(ctx) {
    const firstByName = new Map<string, StepVisit>()
    for (const visit of ctx.steps) {
      const { step } = visit
      if (step.type === 'unknown' && step.declaredType === '' && !ctx.locate([...step.path, 'type']).exact) {
        ctx.report('step-type-missing', msg('This step has no `type`. Add one of: task, pass, wait, choice, parallel, foreach, succeed, fail.'), step.path, 'head')
      }
      if (step.name === '') {
        const nameNode = ctx.locate([...step.path, 'name'])
        if (!nameNode.exact || (isScalar(nameNode.node) && (nameNode.node.value == null || nameNode.node.value === ''))) {
          ctx.report('step-name-missing', msg('This step has no `name`. Add a name that is unique in the flow, e.g. `name: step_1`.'), nameNode.exact ? [...step.path, 'name'] : step.path, nameNode.exact ? 'value' : 'head')
        }
        continue // otherwise the name has the wrong type, which the parser reports
      }
      const first = firstByName.get(step.name)
      if (first === undefined) firstByName.set(step.name, visit)
      else {
        const line = ctx.lineOf([...first.step.path, 'name'])
        ctx.report('step-name-duplicate', msg('Another step (line {line}) is already named `{step}`. Step names must be unique across the whole flow, nested steps included: rename one of them.', { line, step: step.name }), [...step.path, 'name'])
      }
      if (!NAME_FORMAT.test(step.name)) {
        ctx.report('step-name-format', msg('Step name `{step}` should use only letters, digits, `_` and `-` (at most 128); other characters may be rejected by the service.', { step: step.name }), [...step.path, 'name'])
      }
    }
  },
}
