import { expect, it } from 'vitest'
import { checkCondition } from './checkCondition.ts'

it('accepts the documented condition forms', () => {
  for (const c of ['$.status == "ready"', '$.hasMore', '$.a && ($.b >= 4000 || $.c != "")', '$.n != -1']) expect(checkCondition(c)).toEqual({})
})

it('flags a slip with its column, and an empty condition', () => {
  expect(checkCondition('$.status == ').warning).toMatch(/^Column \d+: /)
  expect(checkCondition('  ').warning).toMatch(/needs a condition/)
})
