import { describe, expect, it } from 'vitest'
import { compareCodePoints, evaluateCondition } from './evaluateCondition.ts'

const sign = (n: number) => Math.sign(n)

describe('string order in conditions', () => {
  it('is Unicode code-point order: a character above U+FFFF sorts after U+E000-U+FFFF, unlike UTF-16 order', () => {
    // U+FF5E (fullwidth tilde) < U+1F600 (emoji) by code point, though JavaScript's `<` says the opposite
    const tilde = '\uFF5E'
    const emoji = '\u{1F600}'
    expect(emoji < tilde).toBe(true)
    expect(sign(compareCodePoints(tilde, emoji))).toBe(-1)
    expect(evaluateCondition('$.a < $.b', { a: '\uFF5E', b: '\u{1F600}' })).toBe(true)
    expect(evaluateCondition('$.a > $.b', { a: '\uFF5E', b: '\u{1F600}' })).toBe(false)
  })

  it('agrees with byte-wise UTF-8 order on mixed strings, and with plain order on ASCII', () => {
    const words = ['b', 'a', 'ab', '', 'Z', 'é', '\u{10000}', '\uFFFF', '\u{1F600}x', '\u{1F600}', '中文', 'a\u{1F600}', 'a\uFF5E']
    const byBytes = [...words].sort((x, y) => Buffer.compare(Buffer.from(x, 'utf8'), Buffer.from(y, 'utf8')))
    expect([...words].sort(compareCodePoints)).toEqual(byBytes)
    expect(sign(compareCodePoints('abc', 'abd'))).toBe(-1)
    expect(compareCodePoints('same', 'same')).toBe(0)
    expect(evaluateCondition('$.x <= "m"', { x: 'm' })).toBe(true)
  })
})
