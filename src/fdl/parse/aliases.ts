import { isAlias, isNode, visit, type Alias, type Document, type Node, isCollection, isPair } from 'yaml'
import type { PlainContext } from './toPlain.ts'

/**
 * What each alias (`*name`) of the document stands for: the value of the last anchor `&name` before it, or
 * undefined when there is none. One pass in document order; `Alias.resolve` searches the whole document for each
 * alias, which made 1,000 aliases of a large document take half a minute.
 */
export function aliasTargets(doc: Document): Map<Alias, Node | undefined> {
  const anchors = new Map<string, Node>()
  const targets = new Map<Alias, Node | undefined>()
  visit(doc, (_key, n) => {
    if (isAlias(n)) targets.set(n, anchors.get(n.source))
    else if (isNode(n) && n.anchor) anchors.set(n.anchor, n)
    return undefined
  })
  return targets
}

/**
 * The aliases (`*name`) with no anchor (`&name`) before them, in document order. The yaml library reports none
 * of them while parsing (it fails only when the value is read), yet the service cannot load such a document.
 */
export function unresolvedAliases(doc: Document): Alias[] {
  return [...aliasTargets(doc)].flatMap(([alias, target]) => (target === undefined ? [alias] : []))
}

/** Node counts of anchored values, per document: a value aliased many times is counted once. */
const sizes = new WeakMap<object, number>()

/**
 * The node an alias (`*name`) stands for, so the model reads `serviceParams: *common` as the mapping it is;
 * any other node is returned as it is. Each alias followed spends the budget `toPlain` spends: one alias, and
 * as many nodes as the value holds, so a large value aliased many times is bounded like a bomb. An alias with
 * no anchor, or past the budget, stays an alias (reported as `yaml-alias-unresolved` / `yaml-too-complex`).
 */
export function deref(plain: PlainContext, node: unknown): unknown {
  if (!isAlias(node)) return node
  plain.targets ??= aliasTargets(plain.doc)
  const target = plain.targets.get(node)
  if (target == null) return node
  if (contains(target, node)) {
    // `&s {…, steps: [*s]}`: a value that holds itself. Following it would only end with the budget, deep in
    // the stack; the service cannot load it either.
    plain.truncated = true
    return node
  }
  // Only a list or mapping can amplify; an alias of a scalar (`resourceArn: *arn` in every task) costs one node.
  if (isCollection(target)) plain.aliasesLeft -= 1
  plain.expandedLeft -= sizeOf(target)
  if (plain.aliasesLeft < 0 || plain.expandedLeft < 0) {
    plain.truncated = true
    return node
  }
  return target
}

/** True when `alias` is written inside `target`'s own text. */
function contains(target: { range?: readonly number[] | null }, alias: { range?: readonly number[] | null }): boolean {
  const t = target.range
  const a = alias.range
  return !!t && !!a && t[0]! <= a[0]! && a[1]! <= t[1]!
}

function sizeOf(node: object): number {
  if (!isCollection(node)) return 1
  let size = sizes.get(node)
  if (size === undefined) {
    size = 0
    visit(node, (_key, n) => {
      if (!isPair(n)) size! += 1
    })
    sizes.set(node, size)
  }
  return size
}
