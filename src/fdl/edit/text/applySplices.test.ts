import { describe, expect, it } from 'vitest'
import { applySplices } from './Splice.ts'

describe('applySplices', () => {
  it('applies splices in offset order and reports one change trimmed to what really differs', () => {
    const out = applySplices('abcdef', [{ start: 4, end: 5, text: 'E' }, { start: 1, end: 2, text: 'b' }])
    expect(out).toEqual({ text: 'abcdEf', change: { offset: 4, deleteLength: 1, insertText: 'E' } })
  })

  it('puts an insert before a replacement starting at the same offset', () => {
    expect(applySplices('abc', [{ start: 1, end: 2, text: 'X' }, { start: 1, end: 1, text: '+' }]).text).toBe('a+Xc')
  })

  it('gives no change for no splices or splices that change nothing, and throws on overlap', () => {
    expect(applySplices('abc', [])).toEqual({ text: 'abc', change: null })
    expect(applySplices('abc', [{ start: 0, end: 1, text: 'a' }]).change).toBeNull()
    expect(() => applySplices('abcdef', [{ start: 0, end: 3, text: '' }, { start: 2, end: 4, text: '' }])).toThrow(/overlapping/)
  })

  it('never splits a CRLF pair in the reported change', () => {
    const out = applySplices('a\r\nb', [{ start: 1, end: 4, text: '\r\nc' }])
    expect(out.change).toEqual({ offset: 3, deleteLength: 1, insertText: 'c' })
    const ins = applySplices('a\r\nb', [{ start: 3, end: 3, text: 'x\r\n' }])
    expect(ins.change?.insertText.startsWith('\n')).toBe(false)
  })
})
