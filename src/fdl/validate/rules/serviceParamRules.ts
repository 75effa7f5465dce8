import { msg } from '../../../i18n/Message.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import type { TaskStep } from '../../model/Step.ts'

// `$.x`, `$.x.y`, `$.x[0]`, `$['x']`: the first key read from the mapped input.
const FIRST_KEY = /^\$(?:\.([^.[\s]+)|\[\s*['"]([^'"]+)['"]\s*\])/

/**
 * `serviceParams` values `$.x` read the task's mapped input, which holds exactly the keys its inputMappings
 * produce (REFERENCE §3.2 R1, §6.3); `$` alone (the whole input) is always fine, and so is any key when the
 * task has no inputMappings (its input is then the parent's input and local, unknown before run time).
 */
export const serviceParamRules: Rule = {
  name: 'service params read mapped input',
  codes: ['service-param-unmapped'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type !== 'task' || step.serviceParams === undefined) continue
      visit(ctx, step, step.serviceParams, [...step.path, 'serviceParams'])
    }
  },
}

function visit(ctx: ValidationContext, step: TaskStep, value: unknown, path: JsonPath): void {
  if (Array.isArray(value)) value.forEach((v, i) => visit(ctx, step, v, [...path, i]))
  else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) visit(ctx, step, (value as Record<string, unknown>)[key], [...path, key])
  } else if (typeof value === 'string') {
    const m = FIRST_KEY.exec(value.trim())
    const key = m?.[1] ?? m?.[2]
    if (key === undefined) return
    // Without inputMappings the input is the parent's input and local merged, unknown here (the docs do that).
    const targets = step.inputMappings?.map((row) => row.target)
    if (targets === undefined || targets.includes(key)) return
    const produced = targets.length > 0 ? targets.map((t) => `\`${t}\``).join(', ') : msg('nothing')
    ctx.report('service-param-unmapped', msg('`{value}` reads `{key}`, which the inputMappings of task `{step}` do not produce (they produce {produced}). Add an input mapping with `target: {key}`, or read a key they produce.', { value, key, step: step.name, produced }), path)
  }
}
