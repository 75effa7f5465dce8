import { msg, type Message } from '../../../i18n/Message.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { TaskStep } from '../../model/Step.ts'
import { SUPPORTED_PATTERNS, parseResourceArn } from '../../arn/resourceArn.ts'
import { taskIntegration } from '../stepFacts.ts'

const PATTERNS = ['requestResponse', 'sync', 'waitForCallback']
const ARN_FORMS = msg('acs:fc:::services/SERVICE/functions/FUNCTION, acs:mns:::/queues/QUEUE/messages, acs:mns:::/topics/TOPIC/messages or acs:fnf:::flow/FLOW')
const KIND_LABEL = {
  'mns-queue': msg('an MNS queue'),
  'mns-topic': msg('an MNS topic'),
  fc: msg('a Function Compute function'),
  flow: msg('a child flow'),
  action: msg('a cloud API call'),
}

/** `a or b or c`, each name as written. */
const orList = (names: readonly string[]): string | Message => names.slice(1).reduce<string | Message>((list, name) => msg('{list} or {name}', { list, name }), names[0] ?? '')

/** A task names exactly one well-formed target, and uses a pattern that target supports (REFERENCE §2.3, §6). */
export const taskTargetRules: Rule = {
  name: 'task target and pattern',
  codes: ['task-target-missing', 'task-target-both', 'resource-arn-malformed', 'resource-arn-placeholder', 'action-malformed', 'pattern-invalid', 'pattern-unsupported', 'pattern-unconfirmed'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type !== 'task') continue
      if (!checkTarget(ctx, step)) continue
      checkPattern(ctx, step)
    }
  },
}

/** Reports target problems; true when the target is usable for the pattern check. */
function checkTarget(ctx: ValidationContext, step: TaskStep): boolean {
  // The model has the value unless it had the wrong type (reported by the parser); the document knows.
  const hasArn = step.resourceArn !== undefined || ctx.has(step.path, 'resourceArn')
  const hasAction = step.action !== undefined || ctx.has(step.path, 'action')
  if (!hasArn && !hasAction) {
    ctx.report('task-target-missing', msg('Task `{step}` has no target. Add `resourceArn` ({forms}) or `action` (e.g. fnf:StartExecution).', { step: step.name, forms: ARN_FORMS }), step.path, 'head')
    return false
  }
  if (hasArn && hasAction) {
    ctx.report('task-target-both', msg('Task `{step}` has both `resourceArn` and `action`; a task calls exactly one target. Remove one of them.', { step: step.name }), [...step.path, 'action'], 'key')
    return false
  }
  if (step.resourceTag !== undefined) return false
  if (hasArn && step.resourceArn !== undefined && parseResourceArn(step.resourceArn) === null) {
    if (taskIntegration(step) !== null) {
      ctx.report('resource-arn-placeholder', msg('`{arn}` still holds placeholders ({…}, <…> or ${…}). Replace each with the real value (region and account may be left empty for the flow\'s own); `fdl kit` keeps them as variables of the deploy files.', { arn: step.resourceArn }), [...step.path, 'resourceArn'])
      return true
    }
    ctx.report('resource-arn-malformed', msg('`{arn}` is not a resource ARN the service can call. Use {forms} (region and account may be left empty).', { arn: step.resourceArn, forms: ARN_FORMS }), [...step.path, 'resourceArn'])
    return false
  }
  if (hasAction && step.action !== undefined && taskIntegration(step) === null) {
    ctx.report('action-malformed', msg('`action: {action}` must read <product>:<ApiName>, e.g. fnf:StartExecution or ocr:RecognizeIdentityCard.', { action: step.action }), [...step.path, 'action'])
    return false
  }
  return step.resourceArn !== undefined || step.action !== undefined
}

function checkPattern(ctx: ValidationContext, step: TaskStep): void {
  const pattern = step.pattern ?? 'requestResponse'
  const path = step.pattern === undefined ? step.path : [...step.path, 'pattern']
  const focus = step.pattern === undefined ? 'head' : 'value'
  if (!PATTERNS.includes(pattern)) {
    ctx.report('pattern-invalid', msg('`pattern: {pattern}` is not a task pattern. Use requestResponse (the default), sync or waitForCallback.', { pattern }), path, focus)
    return
  }
  const integration = taskIntegration(step)
  if (integration === null) return
  const supported = SUPPORTED_PATTERNS[integration.kind]
  if (supported.includes(pattern)) return
  const target = KIND_LABEL[integration.kind]
  if (integration.kind === 'action') {
    ctx.report('pattern-unconfirmed', msg('Pattern {pattern} is not known to work with {target}; only requestResponse is documented for `action`. Test it on the service, or use requestResponse.', { pattern, target }), path, focus)
  } else {
    ctx.report('pattern-unsupported', msg('Task `{step}` calls {target}, which does not support pattern {pattern}. Use {supported}.', { step: step.name, target, pattern, supported: orList(supported) }), path, focus)
  }
}
