import { msg } from '../../../i18n/Message.ts'
import { certainConditionProblem } from '../../condition/conditionChecks.ts'
import { conditionSyntaxText, parseCondition } from '../../condition/parseCondition.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { parsePath, pathSyntaxText, sourcePathKind } from '../../paths/parsePath.ts'
import { conditionTooComplex } from '../conditionLimits.ts'
import { mappingRows } from '../stepFacts.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'

/** A `$.path` (or `$` / `$[…]`) where a field may hold a path into the step input instead of a value. */
const STEP_INPUT_PATH = /^\$(?:$|[.[])/

/**
 * Every choice condition and every path the simulator would read at run time parses (REFERENCE §3.4, §4),
 * whether or not a run reaches it, and is reported with the simulator's own wording: the validator and the
 * engine use one parser. A condition certain to fail whatever the input (`$.n < true`, `$.ok && 1`) is reported
 * too, in the words the run would use. Fields that are paths: mapping sources (`$input…`, `$local…`, `$context…`, `$.x`),
 * top-level `serviceParams` values, a foreach `collection`, and a wait `duration` / `timestamp` written as a path.
 */
export const expressionRules: Rule = {
  name: 'conditions and paths',
  codes: ['condition-invalid', 'path-invalid'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type === 'choice') {
        step.choices.forEach((branch, i) => {
          const text = branch.condition
          // Missing and oversized conditions have their own codes.
          if (text === undefined || text.trim() === '' || conditionTooComplex(text) !== null) return
          const r = parseCondition(text)
          const at = [...step.path, 'choices', i, 'condition']
          if (!r.ok) return ctx.report('condition-invalid', conditionSyntaxText(text, r.error), at)
          const certain = certainConditionProblem(r.ast)
          if (certain) ctx.report('condition-invalid', msg('Condition `{condition}`: {problem}', { condition: text, problem: certain }), at)
        })
      } else if (step.type === 'task') {
        for (const [key, value] of Object.entries(step.serviceParams ?? {})) {
          if (typeof value === 'string' && STEP_INPUT_PATH.test(value)) checkPath(ctx, value, step.path, 'serviceParams', key)
        }
      } else if (step.type === 'foreach') {
        const collection = step.iterationMapping?.collection
        if (collection !== undefined && STEP_INPUT_PATH.test(collection)) checkPath(ctx, collection, step.path, 'iterationMapping', 'collection')
      } else if (step.type === 'wait') {
        if (typeof step.duration === 'string' && STEP_INPUT_PATH.test(step.duration)) checkPath(ctx, step.duration, step.path, 'duration')
        if (typeof step.timestamp === 'string' && STEP_INPUT_PATH.test(step.timestamp)) checkPath(ctx, step.timestamp, step.path, 'timestamp')
      }
    }
    for (const row of mappingRows(ctx)) {
      if (sourcePathKind(row.mapping.source) !== null) checkPath(ctx, row.mapping.source as string, row.path, 'source')
    }
  },
}

/** Reports `text` when it is not a path, at `base` then `tail` (joined only then: most paths are fine). */
function checkPath(ctx: ValidationContext, text: string, base: JsonPath, ...tail: (string | number)[]): void {
  const r = parsePath(text)
  if (!r.ok) ctx.report('path-invalid', pathSyntaxText(text, r.error), base.concat(tail))
}
