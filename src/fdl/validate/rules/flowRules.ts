import { msg } from '../../../i18n/Message.ts'
import { isScalar, isSeq } from 'yaml'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { overLimitText, utf8Length } from '../../files/byteSizes.ts'

const VERSIONS = ['v1', 'v1beta1']
const MAX_DEFINITION_BYTES = 1024 * 1024

/** The top-level keys: `version`, `type: flow`, a non-empty `steps`, and every `timeoutSeconds` (REFERENCE §1.1). */
export const flowRules: Rule = {
  name: 'flow',
  codes: ['version-missing', 'version-invalid', 'type-missing', 'type-invalid', 'steps-missing', 'timeout-invalid', 'definition-too-large'],
  check(ctx) {
    const { flow } = ctx
    checkSize(ctx)
    if (!ctx.locate(['version']).exact) ctx.report('version-missing', msg('The flow has no `version`. Add `version: v1` at the top.'), [], 'head')
    else if (flow.version !== undefined && !VERSIONS.includes(flow.version)) {
      ctx.report('version-invalid', msg('`version: {version}` is not supported. Write `version: v1` (v1beta1 is also accepted).', { version: flow.version }), ['version'])
    }
    if (!ctx.locate(['type']).exact) ctx.report('type-missing', msg('The flow has no `type`. Add `type: flow` at the top.'), [], 'head')
    else if (flow.type !== undefined && flow.type !== 'flow') {
      ctx.report('type-invalid', msg('`type: {type}` is not a flow definition. Write `type: flow`.', { type: flow.type }), ['type'])
    }
    checkSteps(ctx)
    checkTimeout(ctx, flow.timeoutSeconds, ['timeoutSeconds'])
    for (const { step } of ctx.steps) {
      if (step.type === 'task') checkTimeout(ctx, step.timeoutSeconds, [...step.path, 'timeoutSeconds'])
    }
  },
}

function checkSize(ctx: ValidationContext): void {
  // Characters never outnumber UTF-8 bytes, so most texts skip the encoding.
  if (ctx.text.length * 3 <= MAX_DEFINITION_BYTES) return
  const bytes = utf8Length(ctx.text)
  if (bytes <= MAX_DEFINITION_BYTES) return
  ctx.report('definition-too-large', msg('The definition is too large for the service: {size} (its API request limit). Move parts of the flow into child flows.', { size: overLimitText(bytes, MAX_DEFINITION_BYTES) }), [], 'head')
}

function checkSteps(ctx: ValidationContext): void {
  if (ctx.flow.body.steps.length > 0) return
  const { node, exact } = ctx.locate(['steps'])
  const empty = !exact || (isScalar(node) && node.value == null) || (isSeq(node) && node.items.length === 0)
  if (empty) ctx.report('steps-missing', msg('The flow has no steps. Add a `steps:` list with at least one step, e.g. `- type: pass` and `name: start`.'), exact ? ['steps'] : [], exact ? 'value' : 'head')
}

function checkTimeout(ctx: ValidationContext, value: number | undefined, path: JsonPath): void {
  if (value === undefined || (Number.isInteger(value) && value > 0)) return
  ctx.report('timeout-invalid', msg('`timeoutSeconds: {value}` must be a whole number of seconds above 0.', { value }), path)
}
