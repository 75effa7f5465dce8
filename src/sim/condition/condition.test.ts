import { describe, expect, it } from 'vitest'
import { evaluateCondition } from './evaluateCondition.ts'
import { parseCondition } from '../../fdl/condition/parseCondition.ts'

describe('parseCondition', () => {
  it('binds && tighter than ||', () => {
    const r = parseCondition('$.a || $.b && $.c')
    expect(r.ok && r.ast.kind).toBe('or')
    expect(evaluateCondition('true || false && false', {})).toBe(true)
    expect(evaluateCondition('(true || false) && false', {})).toBe(false)
  })

  it('reads paths without spaces around operators ($.key1==$.key2)', () => {
    expect(evaluateCondition('$.key1==$.key2', { key1: 'x', key2: 'x' })).toBe(true)
  })

  it('reads double-quoted strings with escapes and back-quoted raw strings', () => {
    expect(evaluateCondition('$.s == "a\\"b"', { s: 'a"b' })).toBe(true)
    expect(evaluateCondition('$.s == `a\\n`', { s: 'a\\n' })).toBe(true)
    expect(evaluateCondition('$.marker != ""', { marker: 'm' })).toBe(true)
  })

  it('reads negative, decimal and integer numbers and boolean literals', () => {
    expect(evaluateCondition('$.offset_bytes != -1', { offset_bytes: 5 })).toBe(true)
    expect(evaluateCondition('$.x >= 12.5', { x: 12.5 })).toBe(true)
    expect(evaluateCondition('$.flag == true', { flag: true })).toBe(true)
  })

  it.each([
    ['$.a = 1', 'single `=`', 5],
    ['!$.a', 'Unary `!`', 1],
    ['$.a == ready', 'strings need quotes', 8],
    ['$.a == "x', 'Unterminated string', 8],
    ['($.a == 1', 'Missing `)`', 10],
    ['$.a == 1 $.b', 'join conditions', 10],
    ['1 < 2 < 3', 'do not chain', 7],
    ['', 'empty', 1],
    ['$input.a == 1', '$input', 1],
    ['$.a & $.b', '`&&`', 5],
  ])('rejects %j with a clear message and column', (text, message, column) => {
    const r = parseCondition(text)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.message).toContain(message)
      expect(r.error.column).toBe(column)
    }
  })
})

describe('evaluateCondition', () => {
  it('takes a bare boolean path as the whole condition ($.hasMore)', () => {
    expect(evaluateCondition('$.hasMore', { hasMore: true })).toBe(true)
    expect(evaluateCondition('$.hasMore', {})).toBe(false)
  })

  it('evaluates the documented mixed form with parentheses', () => {
    const c = '$.has_more && ($.event_id >= 4000 || $.total_group_count >= $.total_group_threshold)'
    expect(evaluateCondition(c, { has_more: true, event_id: 10, total_group_count: 5, total_group_threshold: 5 })).toBe(true)
    expect(evaluateCondition(c, { has_more: true, event_id: 10, total_group_count: 4, total_group_threshold: 5 })).toBe(false)
  })

  it('compares by type: "1" == 1 is false and null equals only null', () => {
    expect(evaluateCondition('$.a == 1', { a: '1' })).toBe(false)
    expect(evaluateCondition('$.missing == $.alsoMissing', {})).toBe(true)
    expect(evaluateCondition('$.o == $.p', { o: { x: [1] }, p: { x: [1] } })).toBe(true)
  })

  it('refuses ordered comparisons of mixed types unless conditionTypeMismatch is false', () => {
    expect(() => evaluateCondition('$.a < 1', { a: 'x' })).toThrow(/both sides must be numbers/)
    expect(evaluateCondition('$.a < 1', { a: 'x' }, { conditionTypeMismatch: 'false' })).toBe(false)
    expect(evaluateCondition('"a" < "b"', {})).toBe(true)
  })

  it('follows conditionNonBoolean and conditionMissing', () => {
    expect(() => evaluateCondition('$.n', { n: 3 })).toThrow(/not true or false/)
    expect(evaluateCondition('$.n', { n: 3 }, { conditionNonBoolean: 'truthiness' })).toBe(true)
    expect(() => evaluateCondition('$.n', {}, { conditionNonBoolean: 'error' })).toThrow()
    expect(() => evaluateCondition('$.n == 1', {}, { conditionMissing: 'error' })).toThrow(/finds nothing/)
  })

  it('never evaluates code in strings', () => {
    expect(evaluateCondition('$.a == "process.exit(1)"', { a: 'process.exit(1)' })).toBe(true)
  })
})
