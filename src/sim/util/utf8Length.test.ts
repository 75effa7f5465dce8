import { describe, expect, it } from 'vitest'
import { jsonBytes, utf8Length } from './bytes.ts'

describe('utf8Length', () => {
  it('counts the bytes Node writes for ASCII, 2-, 3- and 4-byte characters', () => {
    for (const text of ['', 'plain', 'é', 'ß©', '中文字', '😀', 'a😀b中é', '𠀀'.repeat(3)]) expect(utf8Length(text), text).toBe(Buffer.byteLength(text, 'utf8'))
  })

  it('counts a lone surrogate as the 3-byte replacement character', () => {
    expect(utf8Length('\uD83D')).toBe(Buffer.byteLength('\uD83D', 'utf8'))
    expect(utf8Length('x\uDE00y')).toBe(5)
  })

  it('measures values as compact JSON', () => {
    expect(jsonBytes({ t: '中' })).toBe(11) // {"t":"  6, 中 3, "} 2
    expect(jsonBytes(undefined)).toBe(0)
  })
})
