import { expect, it } from 'vitest'
import { sourceCompletions } from './sourceCompletions.ts'

it('offers the scopes and context values, then the sample input fields', () => {
  const list = sourceCompletions({ jobId: '42', order: { id: 1 }, 'odd key': true })
  expect(list.slice(0, 4)).toEqual(['$input.', '$local.', '$context.task.token', '$context.execution.name'])
  expect(list).toContain('$input.jobId')
  expect(list).toContain('$input.order.id')
  expect(list).toContain('$input["odd key"]')
})

it('offers only the base list when the sample input is not an object', () => {
  expect(sourceCompletions([1, 2])).toEqual(sourceCompletions(null))
  expect(sourceCompletions(null)).not.toContain('$input.0')
})
