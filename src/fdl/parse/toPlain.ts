import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml'

/** Upper bound on alias dereferences while converting one document, so an alias bomb cannot explode memory. */
const MAX_ALIAS_EXPANSIONS = 1000
/** Deeper than any real flow; guards the recursion against hostile nesting. */
const MAX_DEPTH = 500

/** What a conversion needs besides the node: the document (to resolve aliases) and what is left of the budget. */
export interface PlainContext {
  readonly doc: Document
  aliasesLeft: number
  /** Set when the budget ran out or nesting was too deep, so the caller can report it once. */
  truncated: boolean
  /** Resolved aliases: the yaml library searches the whole document on every `resolve`. */
  readonly anchors: Map<unknown, unknown>
}

/** A fresh conversion context for one document. */
export function plainContext(doc: Document): PlainContext {
  return { doc, aliasesLeft: MAX_ALIAS_EXPANSIONS, truncated: false, anchors: new Map() }
}

/**
 * Converts a YAML node into plain JSON-like data without ever throwing: keys are set with
 * `defineProperty` so `__proto__` / `constructor` stay ordinary keys (no prototype pollution), aliases
 * are followed within a budget, and unknown tags (`!Ref x`) keep their scalar value.
 */
export function toPlain(node: unknown, ctx: PlainContext, depth = 0): unknown {
  if (node == null) return null
  if (depth > MAX_DEPTH) {
    ctx.truncated = true
    return null
  }
  if (isAlias(node)) {
    if (--ctx.aliasesLeft < 0) {
      ctx.truncated = true
      return null
    }
    if (!ctx.anchors.has(node)) ctx.anchors.set(node, node.resolve(ctx.doc))
    return toPlain(ctx.anchors.get(node), ctx, depth + 1)
  }
  if (isScalar(node)) {
    const v = node.value
    return typeof v === 'bigint' ? Number(v) : v
  }
  if (isMap(node)) {
    const out: Record<string, unknown> = {}
    for (const pair of node.items) {
      if (!isPair(pair)) continue
      const key = isScalar(pair.key) ? String(pair.key.value) : JSON.stringify(toPlain(pair.key, ctx, depth + 1))
      Object.defineProperty(out, key, {
        value: toPlain(pair.value, ctx, depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    }
    return out
  }
  if (isSeq(node)) return node.items.map((item) => toPlain(item, ctx, depth + 1))
  return null
}
