import { expect, it } from 'vitest'
import { formatMessage } from '../../../i18n/Message.ts'
import { checkCondition } from './checks.ts'

/** The warning as the English UI says it. */
const warning = (text: string) => formatMessage(checkCondition(text).warning ?? '')

it('accepts the documented condition forms', () => {
  for (const c of ['$.status == "ready"', '$.hasMore', '$.a && ($.b >= 4000 || $.c != "")', '$.n != -1']) expect(checkCondition(c)).toEqual({})
})

it('flags a slip with its column, and an empty condition', () => {
  expect(warning('$.status == ')).toMatch(/^Column \d+: /)
  expect(warning('  ')).toMatch(/needs a condition/)
})
