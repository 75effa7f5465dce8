import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../../i18n/Message.ts'
import { parseNumberText, type NumberRule } from './valueText.ts'

const PRIORITY = { min: 1, max: 16, integer: true }

/** The reading with its messages in English, as the field shows them in the English UI. */
function read(text: string, rule?: NumberRule) {
  const { value, error, warning } = parseNumberText(text, rule)
  return { value, error: error && formatMessage(error), warning: warning && formatMessage(warning) }
}

describe('parseNumberText', () => {
  it('reads an in-range Priority without a message', () => {
    expect(read('1', PRIORITY)).toEqual({ value: 1 })
  })
  it('writes an out-of-range Priority but says the range', () => {
    expect(read('99', PRIORITY)).toEqual({ value: 99, warning: 'Must be between 1 and 16.' })
  })
  it('blocks text that is not a whole number', () => {
    expect(read('1.5', PRIORITY).value).toBeUndefined()
    expect(read('abc', PRIORITY)).toEqual({ error: 'Enter a whole number.' })
    expect(read('12abc', { min: 0 })).toEqual({ error: 'Enter a number.' })
  })
  it('reads empty text as "not set"', () => {
    expect(read('  ', PRIORITY)).toEqual({})
  })
  it('accepts fractions where they are allowed', () => {
    expect(read('1.5', { min: 1 })).toEqual({ value: 1.5 })
    expect(read('-1', { min: 0 })).toEqual({ value: -1, warning: 'Must be at least 0.' })
    expect(read('17', { max: 16 })).toEqual({ value: 17, warning: 'Must be at most 16.' })
  })
})
