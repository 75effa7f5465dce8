import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILT_IN_DIR, corpusFiles, corpusPresent, flowFiles } from '../../../testing/corpus.ts'
import { LineCounter, parseDocument, type YAMLWarning } from 'yaml'
import { readBlockDocument } from './readBlockDocument.ts'
import { yamlShape } from './testing/yamlShape.ts'
import { randomBlockYaml } from './testing/randomBlockYaml.ts'
import { YAML_OPTIONS } from '../parseFdl.ts'
import type { ParsedFdl } from '../parseFdl.ts'
import { checkFdl } from '../../validate/validateFlow.ts'

type ParsedDiagnostics = ParsedFdl['diagnostics']

/** FUZZ_SEED=n runs another 6,000 texts from seed n (to search further by hand; CI uses the same ones each run). */
const FIRST_SEED = Number(process.env.FUZZ_SEED ?? 1)
const CORPUS = [...flowFiles(BUILT_IN_DIR), ...(corpusPresent ? corpusFiles() : [])]

/** The library's reading of `text`, as the block reader must reproduce it. */
function library(text: string) {
  const lineCounter = new LineCounter()
  const document = parseDocument(text, { ...YAML_OPTIONS, lineCounter })
  return { document, lineCounter }
}

/** Null when the block reader left the text to the library; else what differs from the library (nothing). */
function difference(text: string): string | null {
  const fast = readBlockDocument(text)
  if (!fast) return null
  const slow = library(text)
  if (slow.document.errors.length > 0) return `the library finds an error: ${slow.document.errors[0]!.message}`
  const warnings = (d: { readonly warnings: readonly YAMLWarning[] }) => d.warnings.map((w) => [w.code, w.pos, w.message])
  expect(warnings(fast.document)).toEqual(warnings(slow.document))
  expect(yamlShape(fast.document.contents)).toEqual(yamlShape(slow.document.contents))
  expect(fast.lineCounter.lineStarts).toEqual(slow.lineCounter.lineStarts)
  expect(fast.document.errors).toEqual([])
  return ''
}

describe('readBlockDocument', () => {
  it.each(CORPUS)('reads %s exactly as the yaml library does, or leaves it to the library', (file) => {
    expect(difference(readFileSync(file, 'utf8')) ?? '').toBe('')
  })

  it('reads the built-in MNS examples itself (they use no tags or flow collections)', () => {
    for (const name of ['mns-callback', 'mns-three-tasks', 'parallel', 'foreach', 'choice']) {
      expect(readBlockDocument(readFileSync(`public/examples/${name}.yaml`, 'utf8')), name).not.toBeNull()
    }
  })

  it('agrees with the yaml library on 6,000 random texts near the subset, broken ones included', () => {
    let read = 0
    for (let seed = FIRST_SEED; seed < FIRST_SEED + 6000; seed++) {
      const text = randomBlockYaml(seed)
      const problem = difference(text)
      if (problem) throw new Error(`seed ${seed}: ${problem}\n${JSON.stringify(text)}`)
      if (problem === '') read++
    }
    // Over a third of them are in the subset: the comparison above is not vacuous.
    expect(read).toBeGreaterThan(2000)
  })

  it.each([
    ['a tag on a quoted value', 'type: flow\nresourceArn: !Ref "svc/fn"\n'],
    ['a standard tag', 'type: !!str flow\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['a nested flow sequence', 'errors: [A, [B]]\n'],
    ['a flow sequence over two lines', 'errors: [A,\n  B]\n'],
    ['a block scalar', 'condition: |\n  $.a > 1\n'],
    ['a multi-line plain scalar', 'cause: first\n  second\n'],
    ['a duplicate key', 'name: a\nname: b\n'],
    ['a tab', 'a:\n\tb: 1\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a nested mapping in a scalar', 'a: b: c\n'],
    ['a YAML-only escape', 'a: "\\x41"\n'],
    ['a top-level list', '- a\n- b\n'],
    ['an empty text', ''],
  ])('leaves %s to the yaml library', (_, text) => {
    expect(readBlockDocument(text)).toBeNull()
  })

  it('reads CRLF line ends, compact lists, empty values and escapes like the library', () => {
    const text = 'steps:\r\n- type: pass\r\n  name: "a\\tb"\r\n  end:\r\n  x: \'it\'\'s\'   # why\r\n'
    expect(difference(text)).toBe('')
    const map = readBlockDocument(text)!.document.toJS() as { steps: Record<string, unknown>[] }
    expect(map.steps[0]).toEqual({ type: 'pass', name: 'a\tb', end: null, x: "it's" })
  })

  it('gives the same model and diagnostics (parser and validator) as the library would', () => {
    const text = readFileSync('public/examples/mns-callback.yaml', 'utf8').replace('Priority: 1', 'Priority: 99').replace('name: ', 'name: 7\n    bogus: ')
    expect(readBlockDocument(text)).not.toBeNull()
    const viaBlock = checkFdl(text)
    const viaLibrary = checkFdl(`---\n${text}`) // a document marker sends the text to the library, one line lower
    const where = (d: ParsedDiagnostics, shift: number) => d.map((x) => [x.code, x.message, x.range.line - shift, x.range.column, x.range.endLine - shift, x.range.endColumn, x.range.offset - 4 * shift])
    expect(viaBlock.diagnostics.length).toBeGreaterThan(1)
    expect(where(viaBlock.diagnostics, 0)).toEqual(where(viaLibrary.diagnostics, 1))
    expect(viaBlock.flow).toEqual(viaLibrary.flow)
  })
})
