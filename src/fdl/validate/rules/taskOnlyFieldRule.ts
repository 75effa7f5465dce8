import { msg } from '../../../i18n/Message.ts'
import type { Rule } from '../ValidationContext.ts'
import { TASK_ONLY_KEYS } from '../../parse/readFields.ts'

/** `retry`, `catch`, `errorMappings` and `serviceParams` have no effect outside task steps in v1 (REFERENCE §2.1, §5.2). */
export const taskOnlyFieldRule: Rule = {
  name: 'task-only fields',
  codes: ['task-only-field'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type === 'task' || step.type === 'unknown' || step.extra === undefined) continue
      for (const key of TASK_ONLY_KEYS) {
        if (!Object.hasOwn(step.extra, key)) continue
        const advice = step.type === 'parallel' || step.type === 'foreach'
          ? msg('Handle errors on the tasks inside it, or move this step into a child flow and catch there.')
          : msg('Remove it, or move it to a task step.')
        ctx.report('task-only-field', msg('`{key}` has no effect on a {type} step: only task steps retry, catch, map errors or take serviceParams. {advice}', { key, type: step.type, advice }), [...step.path, key], 'key')
      }
    }
  },
}
