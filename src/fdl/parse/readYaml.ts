import { LineCounter, type Document } from 'yaml'
import { readBlockDocument } from './block/readBlockDocument.ts'
import { readJsonDocument } from './json/readJsonDocument.ts'
import { parseYamlDocument } from './parseYamlDocument.ts'

/** The first character that is not JSON whitespace is `{`: the text is meant as JSON. */
const JSON_OBJECT = /^[ \t\r\n]*\{/

/**
 * The yaml Document of a flow text and its line starts. Plain block YAML, the way flows are written, is read
 * by the block reader and JSON by the JSON reader (each about 4–10 times faster than the yaml library, with
 * the same nodes); anything else by the yaml library. Comments are not attached to nodes: to print a document
 * with its comments, parse it with `parseYamlDocument`. `mayHaveAliases` is false when a fast reader read it:
 * neither reads anchors or aliases (the block reader hands those texts to the library), so there are none.
 */
export function readYaml(text: string): { document: Document.Parsed; lineCounter: LineCounter; mayHaveAliases: boolean } {
  const fast = JSON_OBJECT.test(text) ? readJsonDocument(text) : readBlockDocument(text)
  if (fast) return { ...fast, mayHaveAliases: false }
  const lineCounter = new LineCounter()
  return { document: parseYamlDocument(text, lineCounter), lineCounter, mayHaveAliases: true }
}
