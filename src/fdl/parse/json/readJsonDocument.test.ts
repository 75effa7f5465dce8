import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_DIR, flowFiles, itCorpus } from '../../../testing/corpus.ts'
import { LineCounter, parseDocument, type YAMLWarning } from 'yaml'
import { readJsonDocument } from './readJsonDocument.ts'
import { randomJson } from './testing/randomJson.ts'
import { yamlShape } from '../block/testing/yamlShape.ts'
import { YAML_OPTIONS } from '../parseFdl.ts'
import { checkFdl } from '../../validate/validateFlow.ts'

/** FUZZ_SEED=n runs another 6,000 texts from seed n (to search further by hand; CI uses the same ones each run). */
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1)
const YAML_EXAMPLES = existsSync('public/examples') ? readdirSync('public/examples').filter((f) => f.endsWith('.yaml')).map((f) => join('public/examples', f)) : []

/** Null when the JSON reader left the text to the library; else what differs from the library (nothing). */
function difference(text: string): string | null {
  const fast = readJsonDocument(text)
  if (!fast) return null
  const lineCounter = new LineCounter()
  const slow = parseDocument(text, { ...YAML_OPTIONS, lineCounter })
  if (slow.errors.length > 0) return `the library finds an error: ${slow.errors[0]!.message}`
  const warnings = (d: { readonly warnings: readonly YAMLWarning[] }) => d.warnings.map((w) => [w.code, w.pos, w.message])
  expect(warnings(fast.document)).toEqual(warnings(slow))
  expect(yamlShape(fast.document.contents)).toEqual(yamlShape(slow.contents))
  expect(fast.lineCounter.lineStarts).toEqual(lineCounter.lineStarts)
  expect(fast.document.errors).toEqual([])
  return ''
}

/** A YAML example as JSON, the way the console or `JSON.stringify` would write it. */
const asJson = (file: string, indent?: number | string) => JSON.stringify(parseDocument(readFileSync(file, 'utf8')).toJS(), null, indent) + '\n'

describe('readJsonDocument', () => {
  const readsAsTheLibrary = (file: string) => expect(difference(readFileSync(file, 'utf8'))).toBe('')
  const builtInJson = flowFiles(BUILT_IN_DIR, /\.json$/)
  if (builtInJson.length > 0) it.each(builtInJson)('reads %s exactly as the yaml library does', readsAsTheLibrary)
  itCorpus('reads %s exactly as the yaml library does', readsAsTheLibrary, /\.json$/)

  it('reads every built-in example written as JSON, compact, indented or with tabs, as the library does', () => {
    expect(YAML_EXAMPLES.length).toBeGreaterThan(5)
    for (const file of YAML_EXAMPLES) {
      for (const indent of [undefined, 2, '\t']) expect(difference(asJson(file, indent)), `${file} ${String(indent)}`).toBe('')
    }
  })

  it('agrees with the yaml library on 6,000 random texts, broken ones included', () => {
    let read = 0
    for (let seed = FIRST_SEED; seed < FIRST_SEED + 6000; seed++) {
      const text = randomJson(seed)
      const problem = difference(text)
      if (problem) throw new Error(`seed ${seed}: ${problem}\n${JSON.stringify(text)}`)
      if (problem === '') read++
    }
    expect(read).toBeGreaterThan(2000) // most are read: the comparison is not vacuous
  })

  it.each([
    ['a duplicate key', '{"a": 1, "a": 2}'],
    ['a trailing comma', '{"a": [1, 2,]}'],
    ['a comment', '{"a": 1 # why\n}'],
    ['a single-quoted string', "{'a': 1}"],
    ['an unquoted key', '{a: 1}'],
    ['a YAML-only escape', '{"a": "\\x41"}'],
    ['a string over two lines', '{"a": "x\ny"}'],
    ['a top-level array', '[1, 2]'],
    ['text after the object', '{"a": 1} x'],
    ['a leading byte order mark', '\ufeff{"a": 1}'],
    ['a number JSON does not allow', '{"a": .5}'],
    ['an empty text', ''],
  ])('leaves %s to the yaml library', (_, text) => {
    expect(readJsonDocument(text)).toBeNull()
  })

  it('keeps __proto__ as a plain key', () => {
    const read = readJsonDocument('{"__proto__": {"polluted": true}, "steps": []}')!
    expect(Object.keys(read.document.toJS() as object)).toEqual(['__proto__', 'steps'])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('gives the same model and diagnostics (parser and validator) as the library would', () => {
    const yaml = readFileSync('public/examples/mns-callback.yaml', 'utf8').replace('Priority: 1', 'Priority: 99').replace('name: ', 'name: 7\n    bogus: ')
    const json = JSON.stringify(parseDocument(yaml).toJS(), null, 2)
    expect(readJsonDocument(json)).not.toBeNull()
    const viaJson = checkFdl(json)
    const viaLibrary = checkFdl(`---\n${json}`) // a document marker sends the text to the library, one line lower
    const where = (d: typeof viaJson.diagnostics, shift: number) => d.map((x) => [x.code, x.message, x.range.line - shift, x.range.column, x.range.endLine - shift, x.range.endColumn, x.range.offset - 4 * shift])
    expect(viaJson.diagnostics.length).toBeGreaterThan(1)
    expect(where(viaJson.diagnostics, 0)).toEqual(where(viaLibrary.diagnostics, 1))
    expect(viaJson.flow).toEqual(viaLibrary.flow)
  })
})
