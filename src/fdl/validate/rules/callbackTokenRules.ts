import { msg } from '../../../i18n/Message.ts'
import type { Rule } from '../ValidationContext.ts'
import { mappingRows } from '../stepFacts.ts'

/** Whether a mapping source reads the task token (`$context`, `$context.task` or `$context.task.token…`). */
const readsToken = (source: unknown) => typeof source === 'string' && /^\$context(\.task(\.token)?)?([.[]|$)/.test(source.trim())

/**
 * A waitForCallback task must hand `$context.task.token` to its worker, or no one can ever report back; the
 * token does not exist anywhere else (REFERENCE §3.5, §6.5).
 */
export const callbackTokenRules: Rule = {
  name: 'task token',
  codes: ['callback-token-missing', 'task-token-outside-callback'],
  check(ctx) {
    for (const { step } of ctx.steps) {
      if (step.type !== 'task' || step.pattern !== 'waitForCallback') continue
      if ((step.inputMappings ?? []).some((m) => readsToken(m.source))) continue
      ctx.report('callback-token-missing', msg('Task `{step}` waits for a callback, but its inputMappings never pass `$context.task.token`, so the worker can never report back. Add an input mapping: `target: task_token`, `source: $context.task.token`.', { step: step.name }), [...step.path, 'pattern'])
    }
    for (const row of mappingRows(ctx)) {
      const source = row.mapping.source
      if (typeof source !== 'string' || !source.trim().startsWith('$context.task')) continue
      const step = row.step
      if (step?.type === 'task' && step.pattern === 'waitForCallback' && row.list === 'inputMappings') continue
      const where = step === null ? msg('the flow') : msg('{type} step `{step}`', { type: step.type, step: step.name })
      ctx.report('task-token-outside-callback', msg('`{source}` only exists in the inputMappings of a task with `pattern: waitForCallback`; in {where} it is empty. Set that pattern, or remove this mapping.', { source, where }), [...row.path, 'source'])
    }
  },
}
