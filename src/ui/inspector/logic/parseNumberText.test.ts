import { describe, expect, it } from 'vitest'
import { parseNumberText } from './parseNumberText.ts'

const PRIORITY = { min: 1, max: 16, integer: true }

describe('parseNumberText', () => {
  it('reads an in-range Priority without a message', () => {
    expect(parseNumberText('1', PRIORITY)).toEqual({ value: 1 })
  })
  it('writes an out-of-range Priority but says the range', () => {
    expect(parseNumberText('99', PRIORITY)).toEqual({ value: 99, warning: 'Must be between 1 and 16.' })
  })
  it('blocks text that is not a whole number', () => {
    expect(parseNumberText('1.5', PRIORITY).value).toBeUndefined()
    expect(parseNumberText('abc', PRIORITY)).toEqual({ error: 'Enter a whole number.' })
    expect(parseNumberText('12abc', { min: 0 })).toEqual({ error: 'Enter a number.' })
  })
  it('reads empty text as "not set"', () => {
    expect(parseNumberText('  ', PRIORITY)).toEqual({})
  })
  it('accepts fractions where they are allowed', () => {
    expect(parseNumberText('1.5', { min: 1 })).toEqual({ value: 1.5 })
    expect(parseNumberText('-1', { min: 0 })).toEqual({ value: -1, warning: 'Must be at least 0.' })
  })
})
