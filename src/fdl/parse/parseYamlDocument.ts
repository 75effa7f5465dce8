import { isScalar, parseDocument, visit, YAMLParseError, type Document, type LineCounter } from 'yaml'
import { YAML_OPTIONS } from './yamlOptions.ts'

/**
 * The yaml library's parse of a flow text (comments attached, for printing), with duplicate keys reported as
 * the library reports them (`DUPLICATE_KEY` at the key) but found in one pass: the library's own check
 * compares every key with each earlier one, a minute's work on a hostile mapping of 100,000 keys.
 */
export function parseYamlDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  const document = parseDocument(text, { ...YAML_OPTIONS, ...(lineCounter ? { lineCounter } : {}) })
  visit(document, {
    Map(_, map) {
      if (map.items.length < 2) return
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        if (!isScalar(key)) continue // the library compares other keys by identity: never equal
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0
          document.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
        } else seen.add(key.value)
      }
    },
  })
  return document
}
