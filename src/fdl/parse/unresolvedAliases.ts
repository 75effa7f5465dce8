import { isAlias, isNode, visit, type Alias, type Document } from 'yaml'

/**
 * The aliases (`*name`) with no anchor (`&name`) before them, in document order. The yaml library reports none
 * of them while parsing (it fails only when the value is read), yet the service cannot load such a document.
 * One pass: the anchors seen so far are kept, where `Alias.resolve` would search the document for each alias.
 */
export function unresolvedAliases(doc: Document): Alias[] {
  const anchors = new Set<string>()
  const out: Alias[] = []
  visit(doc, (_key, n) => {
    if (isAlias(n)) {
      if (!anchors.has(n.source)) out.push(n)
    } else if (isNode(n) && n.anchor) anchors.add(n.anchor)
    return undefined
  })
  return out
}
