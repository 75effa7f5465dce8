import { describe, expect, it } from 'vitest'
import { formatValueText, parseValueText } from './valueText.ts'

describe('parseValueText', () => {
  it.each([
    ['1', 1],
    ['-2.5', -2.5],
    ['true', true],
    ['null', null],
    ['"8"', '8'],
    ['["A","B"]', ['A', 'B']],
    ['{"a": 1}', { a: 1 }],
    ['value', 'value'],
    ['$', '$'],
    ['$input.key', '$input.key'],
    ['1 apple', '1 apple'],
    ['[not json', '[not json'],
    ['', ''],
    ['hello ', 'hello'],
    ['" x "', ' x '],
  ])('reads %j as %j, as YAML would read the value', (text, value) => {
    expect(parseValueText(text)).toEqual(value)
  })
})

describe('formatValueText', () => {
  it.each(['value', '$', '8', 'true', '', 'null', '[1]', ' padded ', 8, 2.5, false, null, ['A'], { a: { b: 1 } }])(
    'shows %j so that reading it back gives the same value',
    (value) => {
      expect(parseValueText(formatValueText(value))).toEqual(value)
    },
  )

  it('quotes a string that would otherwise read as a number', () => {
    expect(formatValueText('8')).toBe('"8"')
    expect(formatValueText('fnf-demo')).toBe('fnf-demo')
  })
})
