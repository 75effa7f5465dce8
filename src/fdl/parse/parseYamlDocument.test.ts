import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { parseYamlDocument } from './parseFdl.ts'

const errors = (d: { readonly errors: readonly { code: string; pos: [number, number]; message: string }[] }) =>
  d.errors.map((e) => [e.code, e.pos, e.message])

describe('parseYamlDocument', () => {
  it.each([
    ['a block mapping', 'a: 1\nb: 2\na: 3\n'],
    ['a nested mapping, twice', 'x:\n  k: 1\n  k: 2\n  k: 3\ny: 1\n'],
    ['a flow mapping', 'm: {a: 1, b: 2, a: 3}\n'],
    ['keys equal as values (01 and 1, ~ and null)', '1: a\n01: b\n~: c\nnull: d\n'],
    ['a quoted and a plain key', 'a: 1\n"a": 2\n\'a\': 3\n'],
    ['a step list with a repeated field', 'steps:\n  - type: pass\n    name: a\n    name: b\n'],
    ['no duplicates at all ("1" is not 1)', 'a: 1\n"1": 2\n1: 3\n'],
    ['NaN keys (NaN is not equal to itself)', '.nan: a\n.NaN: b\nm: {.nan: 1, .NaN: 2}\n'],
    ['a duplicate before another error, in text order', 'a: 1\na: 2\nb: @x\n'],
  ])('reports duplicate keys in %s exactly as the library does', (_, text) => {
    expect(errors(parseYamlDocument(text))).toEqual(errors(parseDocument(text, { version: '1.2', uniqueKeys: true, prettyErrors: false })))
  })

  it('puts the error on the repeated key, also after an empty value (the library puts it on the line above)', () => {
    expect(errors(parseYamlDocument('a:\na: 2\n'))).toEqual([['DUPLICATE_KEY', [3, 4], 'Map keys must be unique']])
  })

  it('finds a duplicate among 100,000 keys in one pass (the library takes about a minute)', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `  k${i}: ${i}\n`).join('')
    const doc = parseYamlDocument(`m:\n${keys}  k5: again\n`)
    expect(errors(doc)).toEqual([['DUPLICATE_KEY', [keys.length + 5, keys.length + 6], 'Map keys must be unique']])
  })
})
