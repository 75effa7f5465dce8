import { msg } from '../../../i18n/Message.ts'
import { isSeq } from 'yaml'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import type { TaskStep } from '../../model/Step.ts'

const MAX_INTERVAL = 86400

/** Retry and catch policies name their errors, catch names its `goto`, intervals stay within a day (REFERENCE §5). */
export const policyRules: Rule = {
  name: 'retry and catch',
  codes: ['retry-errors-missing', 'retry-interval-too-long', 'retry-value-invalid', 'catch-errors-missing', 'catch-goto-missing'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type !== 'task') continue
      checkRetry(ctx, step)
      step.catch?.forEach((policy, i) => {
        const p = [...step.path, 'catch', i]
        if (policy.errors.length === 0) reportNoErrors(ctx, 'catch-errors-missing', p, 'catch')
        if (policy.goto === undefined || policy.goto === '') {
          ctx.report('catch-goto-missing', msg('This catch policy has no `goto`. Add `goto:` with the sibling step that should run after the error (e.g. a fail step).'), p, 'head')
        }
      })
    }
  },
}

function checkRetry(ctx: ValidationContext, step: TaskStep): void {
  step.retry?.forEach((policy, i) => {
    const p = [...step.path, 'retry', i]
    if (policy.errors.length === 0) reportNoErrors(ctx, 'retry-errors-missing', p, 'retry')
    for (const field of ['intervalSeconds', 'maxIntervalSeconds'] as const) {
      const value = policy[field]
      if (value === undefined) continue
      if (!Number.isInteger(value) || value < 0) {
        ctx.report('retry-value-invalid', msg('`{field}: {value}` must be a whole number of seconds, 0 or more.', { field, value }), [...p, field])
      } else if (value > MAX_INTERVAL) {
        ctx.report('retry-interval-too-long', msg('`{field}: {value}` is longer than the service\'s limit of 86400 seconds (one day). Lower it.', { field, value }), [...p, field])
      }
    }
    if (policy.maxAttempts !== undefined && (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 0)) {
      ctx.report('retry-value-invalid', msg('`maxAttempts: {value}` must be a whole number of retries, 0 or more.', { value: policy.maxAttempts }), [...p, 'maxAttempts'])
    }
    if (policy.multiplier !== undefined && !(policy.multiplier > 0)) {
      ctx.report('retry-value-invalid', msg('`multiplier: {value}` must be above 0 (2 doubles the wait after each retry).', { value: policy.multiplier }), [...p, 'multiplier'])
    }
  })
}

function reportNoErrors(ctx: ValidationContext, code: 'retry-errors-missing' | 'catch-errors-missing', path: JsonPath, kind: 'retry' | 'catch'): void {
  const { node, exact } = ctx.locate([...path, 'errors'])
  if (exact && node !== null && !isSeq(node) && !(isScalarNull(node))) return // wrong type: reported by the parser
  const message = kind === 'retry'
    ? msg('This retry policy lists no errors. Add `errors:` with the error names it handles, e.g. `- FnF.ALL` (every error) or `- FC.ResourceThrottled`.')
    : msg('This catch policy lists no errors. Add `errors:` with the error names it handles, e.g. `- FnF.ALL` (every error) or `- FC.ResourceThrottled`.')
  ctx.report(code, message, exact ? [...path, 'errors'] : path, exact ? 'value' : 'head')
}

function isScalarNull(node: unknown): boolean {
  return (node as { value?: unknown }).value === null
}
