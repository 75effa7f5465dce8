import { Document, isNode, YAMLSeq } from 'yaml'
import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import type { ParsedFdl } from '../../fdl/parse/parseFdl.ts'
import { parseYamlDocument } from '../../fdl/parse/parseYamlDocument.ts'

/**
 * The YAML text of steps (with their children and comments) as the clipboard carries it: one step as a
 * mapping, several as a list, so pasting into the code pane or another tab gives valid FDL too.
 */
export function stepsToYaml(parsed: ParsedFdl, paths: readonly JsonPath[]): string {
  // The comments travel with the steps, and only the yaml library's own parse attaches them to nodes.
  const document = parseYamlDocument(parsed.text)
  const nodes = paths.map((p) => document.getIn(p, true)).filter(isNode)
  if (nodes.length === 0) return ''
  const doc = new Document(null, { version: '1.2' })
  if (nodes.length === 1) {
    doc.contents = nodes[0] ?? null
    return doc.toString({ lineWidth: 0 })
  }
  const list = new YAMLSeq()
  list.items = nodes
  doc.contents = list
  return doc.toString({ lineWidth: 0 })
}
