import { describe, expect, it } from 'vitest'
import { evaluatePath } from './evaluatePath.ts'
import { parsePath } from '../../fdl/paths/parsePath.ts'

describe('evaluatePath', () => {
  const local = [{ result: 'pass1', parts: [1, 2] }, { result: 'pass2', parts: [3] }, { other: true }]

  it('reads dotted fields and indexes (REFERENCE §3.4)', () => {
    const input = { events: [{ oss: { object: { key: 'a.txt' } } }], key_info: ['x', 'y'] }
    expect(evaluatePath('$input.events[0].oss.object.key', { input })).toEqual({ found: true, value: 'a.txt' })
    expect(evaluatePath('$input.key_info[1]', { input })).toEqual({ found: true, value: 'y' })
    expect(evaluatePath('$input', { input })).toEqual({ found: true, value: input })
  })

  it('maps [*] over a list and leaves out elements without the field', () => {
    expect(evaluatePath('$local[*].result', { local })).toEqual({ found: true, value: ['pass1', 'pass2'] })
  })

  it('flattens a nested wildcard into one list', () => {
    expect(evaluatePath('$local[*].parts[*]', { local })).toEqual({ found: true, value: [1, 2, 3] })
  })

  it('reports a missing key, an index past the end and a field of a scalar as not found', () => {
    expect(evaluatePath('$input.nope', { input: {} })).toEqual({ found: false })
    expect(evaluatePath('$input.a[5]', { input: { a: [1] } })).toEqual({ found: false })
    expect(evaluatePath('$input.a.b', { input: { a: 3 } })).toEqual({ found: false })
  })

  it('never reads inherited properties such as __proto__ or constructor', () => {
    expect(evaluatePath('$input.constructor', { input: {} })).toEqual({ found: false })
    expect(evaluatePath('$input.__proto__', { input: {} })).toEqual({ found: false })
  })

  it('reads $-relative paths and quoted keys', () => {
    expect(evaluatePath('$.status', { $: { status: 'ready' } })).toEqual({ found: true, value: 'ready' })
    expect(evaluatePath("$['a b']", { $: { 'a b': 1 } })).toEqual({ found: true, value: 1 })
  })

  it('rejects syntax outside the FDL subset with the column', () => {
    expect(parsePath('$input..a')).toMatchObject({ ok: false, error: { column: 8 } })
    expect(parsePath('$input.a[?(@.x)]')).toMatchObject({ ok: false })
    expect(parsePath('$inputs.a')).toMatchObject({ ok: false, error: { message: expect.stringContaining('$inputs') } })
    expect(() => evaluatePath('$input.a[', { input: {} })).toThrow(/Missing `]`/)
  })
})
