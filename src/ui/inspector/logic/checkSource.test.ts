import { expect, it } from 'vitest'
import { formatMessage } from '../../../i18n/Message.ts'
import { checkSource } from './checks.ts'

/** The warning as the English UI says it. */
const warning = (text: string) => formatMessage(checkSource(text).warning ?? '')

it('accepts paths of the documented subset and any constant', () => {
  for (const s of ['$input.a.b', '$local[*].parts[*]', '$input.events[0].key', '$context.task.token', 'value', '42', '[1, 2]']) {
    expect(checkSource(s)).toEqual({})
  }
})

it('flags a broken path and an undocumented $ root', () => {
  expect(warning('$input.[')).toMatch(/^Not a valid path: ./)
  expect(warning('$.x')).toMatch(/prefer \$input\.x/)
})
