import { msg } from '../../../i18n/Message.ts'
import type { Rule, ValidationContext } from '../ValidationContext.ts'
import type { WaitStep } from '../../model/Step.ts'

const MAX_WAIT_SECONDS = 2 * 24 * 3600
const PATH = /^\$[.[]/
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/

/** A wait has exactly one of `duration` (whole seconds) and `timestamp` (RFC 3339), or a `$.path` (REFERENCE §2.5). */
export const waitRules: Rule = {
  name: 'wait',
  codes: ['wait-time-missing', 'wait-time-both', 'wait-duration-invalid', 'wait-timestamp-invalid', 'wait-too-long'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type !== 'wait') continue
      const hasDuration = step.duration !== undefined || ctx.has(step.path, 'duration')
      const hasTimestamp = step.timestamp !== undefined || ctx.has(step.path, 'timestamp')
      if (!hasDuration && !hasTimestamp) {
        ctx.report('wait-time-missing', msg('Wait step `{step}` needs `duration` (seconds, e.g. 10) or `timestamp` (e.g. 2026-01-01T00:00:00Z).', { step: step.name }), step.path, 'head')
      } else if (hasDuration && hasTimestamp) {
        ctx.report('wait-time-both', msg('Wait step `{step}` has both `duration` and `timestamp`; keep only one of them.', { step: step.name }), [...step.path, 'timestamp'], 'key')
      }
      if (step.duration !== undefined) checkDuration(ctx, step, step.duration)
      if (step.timestamp !== undefined) checkTimestamp(ctx, step, step.timestamp)
    }
  },
}

function checkDuration(ctx: ValidationContext, step: WaitStep, duration: number | string): void {
  const path = [...step.path, 'duration']
  if (typeof duration === 'string') {
    if (!PATH.test(duration.trim())) {
      ctx.report('wait-duration-invalid', msg('`duration: {duration}` must be a whole number of seconds (write it without quotes or units) or a path such as `$.seconds`.', { duration }), path)
    }
    return
  }
  if (!Number.isInteger(duration) || duration < 0) {
    ctx.report('wait-duration-invalid', msg('`duration: {duration}` must be a whole number of seconds, 0 or more.', { duration }), path)
  } else if (duration > MAX_WAIT_SECONDS) {
    ctx.report('wait-too-long', msg('A wait lasts at most 2 days (172800 seconds); `duration: {duration}` is longer. Chain several waits, or use a callback task.', { duration }), path)
  }
}

function checkTimestamp(ctx: ValidationContext, step: WaitStep, timestamp: string): void {
  if (PATH.test(timestamp.trim()) || isRfc3339(timestamp.trim())) return
  ctx.report('wait-timestamp-invalid', msg('`timestamp: {timestamp}` must be an RFC 3339 time such as 2026-01-01T08:00:00Z (or +08:00), or a path such as `$.until`.', { timestamp }), [...step.path, 'timestamp'])
}

function isRfc3339(text: string): boolean {
  const m = RFC3339.exec(text)
  if (!m) return false
  const [month, day, hour, minute, second] = [m[2], m[3], m[4], m[5], m[6]].map(Number) as [number, number, number, number, number]
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60 && !Number.isNaN(Date.parse(text.replace(' ', 'T')))
}
