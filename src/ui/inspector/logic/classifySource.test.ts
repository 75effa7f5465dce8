import { expect, it } from 'vitest'
import { classifySource } from './checks.ts'

it.each([
  ['$input.key', 'path'],
  ['$input', 'path'],
  ['$local[*].status', 'path'],
  ['$context.task.token', 'path'],
  ['$inputs.key', 'unconfirmed-path'],
  ['$.key', 'unconfirmed-path'],
  ['value', 'constant'],
  [8, 'constant'],
  [['A'], 'constant'],
])('classifies the source %j as %s (REFERENCE §3.3)', (source, kind) => {
  expect(classifySource(source)).toBe(kind)
})
