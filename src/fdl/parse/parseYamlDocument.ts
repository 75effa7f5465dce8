import { isScalar, parseDocument, visit, YAMLParseError, type Document, type LineCounter } from 'yaml'
import { YAML_OPTIONS } from './yamlOptions.ts'

/**
 * The yaml library's parse of a flow text (comments attached, for printing), with duplicate keys reported with
 * the library's code and message but found in one pass: the library's own check compares every key with each
 * earlier one, a minute's work on a hostile mapping of 100,000 keys. One deliberate difference: the error sits on
 * the repeated key itself, where the library puts it at the end of the entry before (after an empty value, that
 * is the line above).
 */
export function parseYamlDocument(text: string, lineCounter?: LineCounter): Document.Parsed {
  const document = parseDocument(text, { ...YAML_OPTIONS, ...(lineCounter ? { lineCounter } : {}) })
  visit(document, {
    Map(_, map) {
      if (map.items.length < 2) return
      const seen = new Set<unknown>()
      for (const { key } of map.items) {
        // The library compares other keys by identity (never equal), and NaN is not equal to itself.
        if (!isScalar(key) || Number.isNaN(key.value)) continue
        if (seen.has(key.value)) {
          const at = key.range?.[0] ?? 0
          document.errors.push(new YAMLParseError([at, at + 1], 'DUPLICATE_KEY', 'Map keys must be unique'))
        } else seen.add(key.value)
      }
    },
  })
  // In text order, as the library reports errors (a caller may show only the first).
  document.errors.sort((a, b) => a.pos[0] - b.pos[0])
  return document
}
