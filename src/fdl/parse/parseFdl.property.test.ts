import fc from 'fast-check'
import { isDeepStrictEqual } from 'node:util'
import { parse, stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { parseFdl } from './parseFdl.ts'
import { arbitraryFlow, toDocument } from '../testing/arbitraryFlow.ts'

/** The model without its `path` keys, which depend on where things sit rather than what they say. */
function withoutPaths(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPaths)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (k !== 'path') Object.defineProperty(out, k, { value: withoutPaths(v), enumerable: true })
  return out
}

const SERIALIZATIONS = [
  (doc: unknown) => stringify(doc),
  (doc: unknown) => stringify(doc, { indent: 4, indentSeq: false }),
  (doc: unknown) => stringify(doc, { collectionStyle: 'flow' }),
  (doc: unknown) => JSON.stringify(doc, null, 1),
]

/**
 * Whether the yaml library reads its own output back as the same data. yaml 2.9 writes a few odd strings
 * wrongly (a whitespace-only line " \n" in a block scalar loses its spaces; "-\na" in flow style does not
 * parse): writer limitations, not the parser's, so only texts the library itself reads back count.
 */
function readsBack(text: string, document: unknown): boolean {
  try {
    return isDeepStrictEqual(parse(text, { version: '1.2' }), document)
  } catch {
    return false
  }
}

describe('parseFdl round trip (property)', () => {
  it('reads back the model of any flow the yaml library writes, in block, flow or JSON style', () => {
    fc.assert(
      fc.property(arbitraryFlow, fc.nat(SERIALIZATIONS.length - 1), (model, style) => {
        const document = toDocument(model)
        const text = SERIALIZATIONS[style]!(document)
        fc.pre(readsBack(text, document))
        const { flow, diagnostics } = parseFdl(text)
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([])
        expect(withoutPaths(flow)).toEqual(model)
      }),
      { numRuns: 120 },
    )
  }, 60_000) // generous: the machine is shared and shrinking a failure takes a while
})
