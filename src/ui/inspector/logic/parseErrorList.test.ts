import { expect, it } from 'vitest'
import { parseErrorList } from './valueText.ts'

it('reads a typed error list with commas and spaces, skipping empty entries', () => {
  expect(parseErrorList('FnF.ALL, FnF.TaskTimeout,,  FC.Unknown ')).toEqual(['FnF.ALL', 'FnF.TaskTimeout', 'FC.Unknown'])
  expect(parseErrorList('')).toEqual([])
})
