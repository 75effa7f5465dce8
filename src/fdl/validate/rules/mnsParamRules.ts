import { msg } from '../../../i18n/Message.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { TaskStep } from '../../model/Step.ts'
import { taskIntegration } from '../stepFacts.ts'

/** A `$` / `$.x` reference into the mapped input: its value is only known at run time. */
const isReference = (v: unknown) => typeof v === 'string' && /^\$(\.|\[|$)/.test(v.trim())

/**
 * MNS tasks send `serviceParams` as a SendMessage / PublishMessage request: `MessageBody` is required, a queue's
 * `Priority` is 1-16 and its `DelaySeconds` 0-604800 (REFERENCE §6.3, §12.2).
 */
export const mnsParamRules: Rule = {
  name: 'MNS service params',
  codes: ['mns-message-body-missing', 'mns-priority-invalid', 'mns-delay-invalid'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type !== 'task') continue
      const kind = taskIntegration(step)?.kind
      if (kind !== 'mns-queue' && kind !== 'mns-topic') continue
      const params = step.serviceParams ?? {}
      if (!Object.hasOwn(params, 'MessageBody')) {
        const where = step.serviceParams ? [...step.path, 'serviceParams'] : step.path
        ctx.report('mns-message-body-missing', msg('Task `{step}` sends to MNS but sets no `serviceParams.MessageBody`. Add `MessageBody: $` to send the mapped input as JSON.', { step: step.name }), where, step.serviceParams ? 'key' : 'head')
      }
      if (kind === 'mns-queue') checkQueueParams(ctx, step, params)
    }
  },
}

function checkQueueParams(ctx: ValidationContext, step: TaskStep, params: Readonly<Record<string, unknown>>): void {
  const priority = params['Priority']
  if (Object.hasOwn(params, 'Priority') && !isReference(priority) && !isWholeIn(priority, 1, 16)) {
    ctx.report('mns-priority-invalid', msg('`Priority: {value}` must be a whole number from 1 (highest) to 16; MNS uses 8 when it is left out.', { value: String(priority) }), [...step.path, 'serviceParams', 'Priority'])
  }
  const delay = params['DelaySeconds']
  if (Object.hasOwn(params, 'DelaySeconds') && !isReference(delay) && !isWholeIn(delay, 0, 604800)) {
    ctx.report('mns-delay-invalid', msg('`DelaySeconds: {value}` must be a whole number of seconds from 0 to 604800 (7 days).', { value: String(delay) }), [...step.path, 'serviceParams', 'DelaySeconds'])
  }
}

function isWholeIn(value: unknown, min: number, max: number): boolean {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
}
