import { describe, expect, it } from 'vitest'
import { formatMessage } from '../../i18n/Message.ts'
import { evaluateMappings, explainMappings, resolveServiceParams } from './evaluateMappings.ts'
import { mergeObjects } from './objects.ts'

const scope = { input: { a: 1 }, local: { b: 2 }, context: { task: { token: 'T' } } }

describe('evaluateMappings', () => {
  it('reads parent input, parent local and constants into a new object (REFERENCE §3.6 A, s2)', () => {
    const out = evaluateMappings(
      [
        { target: 'x', source: '$input.a' },
        { target: 'y', source: '$local.b' },
        { target: 'k', source: 'constant-string' },
      ],
      scope,
    )
    expect(out).toEqual({ x: 1, y: 2, k: 'constant-string' })
  })

  it('keeps constants of every JSON type as they are', () => {
    const out = evaluateMappings(
      [
        { target: 'n', source: 100 },
        { target: 'arr', source: ['A', 'B'] },
        { target: 'obj', source: { a: 'b' } },
        { target: 'bool', source: false },
        { target: 'nul', source: null },
      ],
      scope,
    )
    expect(out).toEqual({ n: 100, arr: ['A', 'B'], obj: { a: 'b' }, bool: false, nul: null })
  })

  it('reads $context.task.token', () => {
    expect(evaluateMappings([{ target: 'task_token', source: '$context.task.token' }], scope)).toEqual({ task_token: 'T' })
  })

  it('gives null for a missing path by default, and follows the missingPath option', () => {
    const rows = [{ target: 'm', source: '$input.nope' }]
    expect(evaluateMappings(rows, scope)).toEqual({ m: null })
    expect(evaluateMappings(rows, scope, { missingPath: 'omit' })).toEqual({})
    expect(() => evaluateMappings(rows, scope, { missingPath: 'error' })).toThrow(/finds nothing/)
  })

  it('lets the last row win when two rows share a target', () => {
    expect(evaluateMappings([{ target: 'a', source: 1 }, { target: 'a', source: 2 }], scope)).toEqual({ a: 2 })
  })

  it('reads $.x as the parent input unless dollarSource is constant', () => {
    expect(evaluateMappings([{ target: 'x', source: '$.a' }], scope)).toEqual({ x: 1 })
    expect(evaluateMappings([{ target: 'x', source: '$.a' }], scope, { dollarSource: 'constant' })).toEqual({ x: '$.a' })
  })

  it('treats a dotted target as a literal key unless dottedTargets is nested', () => {
    expect(evaluateMappings([{ target: 'a.b', source: 1 }], scope)).toEqual({ 'a.b': 1 })
    expect(evaluateMappings([{ target: 'a.b', source: 1 }, { target: 'a.c', source: 2 }], scope, { dottedTargets: 'nested' })).toEqual({ a: { b: 1, c: 2 } })
  })

  it('writes a __proto__ target as a plain key without touching prototypes', () => {
    const out = evaluateMappings([{ target: '__proto__', source: { polluted: true } }], scope)
    expect(Object.keys(out)).toEqual(['__proto__'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('explains each row and reports a bad path on its row instead of throwing', () => {
    const rows = explainMappings([{ target: 'x', source: '$input.a' }, { target: 'k', source: 'c' }, { target: 'bad', source: '$input.[' }], scope)
    expect(rows[0]).toMatchObject({ kind: 'path', found: true, value: 1 })
    expect(rows[1]).toMatchObject({ kind: 'constant', value: 'c' })
    expect(rows[2]?.error).toMatch(/Invalid path/)
    expect(rows[2]?.errorText && formatMessage(rows[2].errorText)).toBe(rows[2]?.error)
  })
})

describe('resolveServiceParams', () => {
  it('sends $ as the whole mapped input, $.x as a field and anything else as a constant (REFERENCE §6.3)', () => {
    const mapped = { key_1: 'value_1', key_2: 'value', childName: 'c1' }
    expect(resolveServiceParams({ MessageBody: '$', Priority: 1, ExecutionName: '$.childName', Tag: 'tag', Missing: '$.nope' }, mapped)).toEqual({
      MessageBody: mapped,
      Priority: 1,
      ExecutionName: 'c1',
      Tag: 'tag',
      Missing: null,
    })
  })
})

describe('mergeObjects', () => {
  it('lets the later object win on a clash, shallowly by default (R2, R5)', () => {
    expect(mergeObjects({ a: 1, n: { x: 1 } }, { a: 10, n: { y: 2 } })).toEqual({ a: 10, n: { y: 2 } })
    expect(mergeObjects({ a: 1, n: { x: 1 } }, { n: { y: 2 } }, 'deep')).toEqual({ a: 1, n: { x: 1, y: 2 } })
  })

  it('keeps the keys in order, a clash in its first place, and a __proto__ key as data (as JSON.parse gives it)', () => {
    const base = JSON.parse('{"b":1,"__proto__":{"polluted":true},"a":2}') as Record<string, unknown>
    const out = mergeObjects(base, { c: 3, b: 10 })
    expect(Object.keys(out)).toEqual(['b', '__proto__', 'a', 'c'])
    expect(out).toMatchObject({ b: 10, a: 2, c: 3 })
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(JSON.stringify(mergeObjects(base, {}, 'deep'))).toBe('{"b":1,"__proto__":{"polluted":true},"a":2}')
  })
})
