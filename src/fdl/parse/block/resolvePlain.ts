import { isScalar, Scalar, type Document, type ScalarTag } from 'yaml'
import { OutsideBlockSubset } from './OutsideBlockSubset.ts'

/** Distinct source texts remembered per document (of keys, and of values). */
const CACHE_LIMIT = 4096

/** What is remembered of one source text: the tag that resolves it, and the one copy of the text kept. */
interface Known {
  readonly tag: ScalarTag | null
  readonly source: string
}

/**
 * What one read remembers per plain source text (one map for keys, one for values): flows repeat the same keys
 * and values thousands of times, so the tag is looked for once per text, and every node of that text shares
 * one string instead of keeping its own slice (a tenth of a parse result). It stops growing at
 * {@link CACHE_LIMIT} texts, so a hostile text of 100,000 distinct keys does not pay for a huge map.
 */
export class PlainCache {
  readonly keys = new Map<string, Known>()
  readonly values = new Map<string, Known>()
}

/**
 * The node the yaml library composes for a plain scalar `text`: the first of the schema's default tags whose
 * test matches (YAML 1.2 core: null, bool, int, float…) resolves it, else it stays a string. Using the
 * schema's own tags keeps values, `format` and `minFractionDigits` exactly as the library would give them.
 */
export function resolvePlain(doc: Document, cache: PlainCache, text: string, atKey: boolean, range: [number, number, number]): Scalar {
  const known = atKey ? cache.keys : cache.values
  let entry = known.get(text)
  if (entry === undefined) {
    const tag = (doc.schema.tags as ScalarTag[]).find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(text)) ?? null
    entry = { tag, source: text }
    if (known.size < CACHE_LIMIT) known.set(text, entry)
  }
  const { tag, source } = entry
  let scalar: Scalar
  if (tag) {
    const resolved = tag.resolve(source, () => {
      throw new OutsideBlockSubset(`a ${tag.tag} value the library would warn about`)
    }, doc.options)
    scalar = isScalar(resolved) ? resolved : new Scalar(resolved)
    if (tag.format) scalar.format = tag.format
  } else scalar = new Scalar(source)
  scalar.range = range
  scalar.source = source
  scalar.type = 'PLAIN'
  return scalar
}
