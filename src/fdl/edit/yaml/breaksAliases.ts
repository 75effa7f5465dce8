import { isNode, visit, type Document } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { Reason } from '../EditContext.ts'
import type { EditableDocument } from '../EditableDocument.ts'
import { parseForEdit } from '../parseForEdit.ts'
import { unresolvedAliases } from '../../parse/unresolvedAliases.ts'

/**
 * Why the edited text breaks an alias, or null. Deleting or moving a value that carries an anchor (`&m`) can
 * leave a `*m` with nothing before it, and the yaml library parses that without an error, so the usual
 * re-parse does not catch it. Only documents with an anchor pay for the extra parse.
 */
export function breaksAliases(before: EditableDocument, after: string): Reason | null {
  if (!after.includes('*') || !before.text.includes('&') || !hasAnchor(before.document)) return null
  // Per name: an edit that mends one dangling alias must not pass for breaking another.
  const was = new Map<string, number>()
  for (const a of unresolvedAliases(before.document)) was.set(a.source, (was.get(a.source) ?? 0) + 1)
  for (const a of unresolvedAliases(parseForEdit(after).document)) was.set(a.source, (was.get(a.source) ?? 0) - 1)
  const name = [...was].find(([, n]) => n < 0)?.[0]
  if (name === undefined) return null
  return { reason: msg('This edit would leave `*{name}` with no anchor `&{name}` before it; change anchors and aliases in the code.', { name }) }
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
