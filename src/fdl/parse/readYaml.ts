import { LineCounter, type Document } from 'yaml'
import { readBlockDocument } from './block/readBlockDocument.ts'
import { parseYamlDocument } from './parseYamlDocument.ts'

/**
 * The yaml Document of a flow text and its line starts. Plain block YAML, the way flows are written, is read
 * by the block reader (about 10 times faster, the same nodes); anything else by the yaml library. Comments are
 * not attached to nodes: to print a document with its comments, parse it with `parseYamlDocument`.
 */
export function readYaml(text: string): { document: Document.Parsed; lineCounter: LineCounter } {
  const fast = readBlockDocument(text)
  if (fast) return fast
  const lineCounter = new LineCounter()
  return { document: parseYamlDocument(text, lineCounter), lineCounter }
}
