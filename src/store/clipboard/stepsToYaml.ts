import { Document, isAlias, isNode, visit, YAMLSeq, type Node, type Scalar, type YAMLMap } from 'yaml'
import type { JsonPath } from '../../fdl/model/JsonPath.ts'
import type { ParsedFdl } from '../../fdl/parse/parseFdl.ts'
import { parseYamlDocument } from '../../fdl/parse/parseYamlDocument.ts'
import { aliasTargets } from '../../fdl/parse/aliasTargets.ts'

/** Aliases written out per copy, at most: enough for shared settings, far too few for an alias bomb. */
const MAX_WRITTEN_OUT = 200

/**
 * The YAML text of steps (with their children and comments) as the clipboard carries it: one step as a
 * mapping, several as a list, so pasting into the code pane or another tab gives valid FDL too. An alias whose
 * anchor is not in the copied steps is written out (`*token` becomes the rows it stands for), since the anchor
 * does not travel. '' when there is nothing to copy, or when the aliases cannot be written out.
 */
export function stepsToYaml(parsed: ParsedFdl, paths: readonly JsonPath[]): string {
  // The comments travel with the steps, and only the yaml library's own parse attaches them to nodes.
  const document = parseYamlDocument(parsed.text)
  const nodes = paths.map((p) => document.getIn(p, true)).filter(isNode)
  if (nodes.length === 0 || (parsed.text.includes('*') && !writeOutAliases(document, nodes))) return ''
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

/** Replaces, in place, each alias of `nodes` whose anchor they do not define before it; false when one cannot be. */
function writeOutAliases(document: Document, nodes: readonly Node[]): boolean {
  const targets = aliasTargets(document)
  const copied = new Set<string>()
  let left = MAX_WRITTEN_OUT
  let ok = true
  for (const node of nodes) {
    visit(node, (_key, n) => {
      if (isAlias(n)) {
        if (copied.has(n.source)) return undefined
        const target = targets.get(n)
        if (target === undefined || --left < 0) {
          ok = false
          return visit.BREAK
        }
        // The copy is visited next, so aliases inside it are written out too (within the same budget).
        const copy = target.clone() as Scalar | YAMLMap | YAMLSeq
        copy.anchor = undefined
        return copy
      }
      if (isNode(n) && n.anchor) copied.add(n.anchor)
      return undefined
    })
    if (!ok) return false
  }
  return true
}
