import { isScalar, Scalar, type Document, type ScalarTag } from 'yaml'
import { OutsideBlockSubset } from './OutsideBlockSubset.ts'

/** Distinct source texts remembered per document (of keys, and of values). */
const CACHE_LIMIT = 4096

/**
 * The node the yaml library composes for a plain scalar `source`: the first of the schema's default tags whose
 * test matches (YAML 1.2 core: null, bool, int, float…) resolves it, else it stays a string. Using the
 * schema's own tags keeps values, `format` and `minFractionDigits` exactly as the library would give them.
 * `tags` remembers the tag found per source text (one map for keys, one for values): flows repeat the same
 * keys and values thousands of times. It stops growing at {@link CACHE_LIMIT} texts, so a hostile text of
 * 100,000 distinct keys does not pay for a huge map.
 */
export function resolvePlain(
  doc: Document,
  tags: { readonly keys: Map<string, ScalarTag | null>; readonly values: Map<string, ScalarTag | null> },
  source: string,
  atKey: boolean,
  range: [number, number, number],
): Scalar {
  const cache = atKey ? tags.keys : tags.values
  let tag = cache.get(source)
  if (tag === undefined) {
    tag = (doc.schema.tags as ScalarTag[]).find((t) => (t.default === true || (atKey && t.default === 'key')) && t.test?.test(source)) ?? null
    if (cache.size < CACHE_LIMIT) cache.set(source, tag)
  }
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
