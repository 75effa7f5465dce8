import { isNode, visit, type Document } from 'yaml'
import type { EditableDocument } from '../EditableDocument.ts'
import { parseForEdit } from '../parseForEdit.ts'
import { unresolvedAliases } from '../../parse/unresolvedAliases.ts'

/**
 * Why the edited text breaks an alias, or null. Deleting or moving a value that carries an anchor (`&m`) can
 * leave a `*m` with nothing before it, and the yaml library parses that without an error, so the usual
 * re-parse does not catch it. Only documents with an anchor pay for the extra parse.
 */
export function breaksAliases(before: EditableDocument, after: string): string | null {
  if (!after.includes('*') || !before.text.includes('&') || !hasAnchor(before.document)) return null
  const was = unresolvedAliases(before.document)
  const now = unresolvedAliases(parseForEdit(after).document)
  if (now.length <= was.length) return null
  const known = new Set(was.map((a) => a.source))
  const name = (now.find((a) => !known.has(a.source)) ?? now[0]!).source
  return `This edit would leave \`*${name}\` with no anchor \`&${name}\` before it; change anchors and aliases in the code.`
}

function hasAnchor(doc: Document): boolean {
  let found = false
  visit(doc, (_key, n) => {
    if (!isNode(n) || !n.anchor) return undefined
    found = true
    return visit.BREAK
  })
  return found
}
