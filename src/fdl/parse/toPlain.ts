import { isAlias, isCollection, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml'
import { aliasTargets } from './aliases.ts'

/** Upper bound on alias dereferences while converting one document, so an alias bomb cannot explode memory. */
const MAX_ALIAS_EXPANSIONS = 1000
/**
 * Upper bound on nodes converted through aliases. A few aliases of one large anchored value amplify as much as
 * a bomb does: 1,000 aliases of a 20,000-key mapping (400 KB of text) took a minute before this bound.
 */
const MAX_EXPANDED_NODES = 200_000
/** Deeper than any real flow; guards the recursion against hostile nesting. */
const MAX_DEPTH = 500

/** What a conversion needs besides the node: the document (to resolve aliases) and what is left of the budget. */
export interface PlainContext {
  readonly doc: Document
  aliasesLeft: number
  /** Nodes that may still be converted through aliases. */
  expandedLeft: number
  /** Set when the budget ran out or nesting was too deep, so the caller can report it once. */
  truncated: boolean
  /** What each alias stands for, found in one pass when the first alias is met (see `aliasTargets`). */
  targets: Map<unknown, Node | undefined> | null
}

/** A fresh conversion context for one document. */
export function plainContext(doc: Document): PlainContext {
  return { doc, aliasesLeft: MAX_ALIAS_EXPANSIONS, expandedLeft: MAX_EXPANDED_NODES, truncated: false, targets: null }
}

/**
 * Converts a YAML node into plain JSON-like data without ever throwing: keys are set with
 * `defineProperty` so `__proto__` / `constructor` stay ordinary keys (no prototype pollution), aliases
 * are followed within a budget, and unknown tags (`!Ref x`) keep their scalar value.
 */
export function toPlain(node: unknown, ctx: PlainContext, depth = 0, viaAlias = false): unknown {
  if (node == null) return null
  if (depth > MAX_DEPTH || (viaAlias && --ctx.expandedLeft < 0)) {
    ctx.truncated = true
    return null
  }
  if (isAlias(node)) {
    ctx.targets ??= aliasTargets(ctx.doc)
    const target = ctx.targets.get(node)
    // Only a list or mapping can amplify; an alias of a scalar costs one node, like the scalar itself.
    if (isCollection(target) && --ctx.aliasesLeft < 0) {
      ctx.truncated = true
      return null
    }
    return toPlain(target, ctx, depth + 1, true)
  }
  if (isScalar(node)) {
    const v = node.value
    return typeof v === 'bigint' ? Number(v) : v
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(toPlain(pair.key, ctx, depth + 1, viaAlias))
      Object.defineProperty(out, key, {
        value: toPlain(pair.value, ctx, depth + 1, viaAlias),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return out
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item, ctx, depth + 1, viaAlias))
  return null
}
