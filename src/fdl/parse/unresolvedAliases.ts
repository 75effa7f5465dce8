import type { Alias, Document } from 'yaml'
import { aliasTargets } from './aliasTargets.ts'

/**
 * The aliases (`*name`) with no anchor (`&name`) before them, in document order. The yaml library reports none
 * of them while parsing (it fails only when the value is read), yet the service cannot load such a document.
 */
export function unresolvedAliases(doc: Document): Alias[] {
  return [...aliasTargets(doc)].flatMap(([alias, target]) => (target === undefined ? [alias] : []))
}
