import { expect, it } from 'vitest'
import { checkSource } from './checkSource.ts'

it('accepts paths of the documented subset and any constant', () => {
  for (const s of ['$input.a.b', '$local[*].parts[*]', '$input.events[0].key', '$context.task.token', 'value', '42', '[1, 2]']) {
    expect(checkSource(s)).toEqual({})
  }
})

it('flags a broken path and an undocumented $ root', () => {
  expect(checkSource('$input.[').warning).toMatch(/^Not a valid path/)
  expect(checkSource('$.x').warning).toMatch(/prefer \$input\.x/)
})
