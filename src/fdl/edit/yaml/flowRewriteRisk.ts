import { isAlias, isNode, isPair, isScalar, visit, type Node } from 'yaml'

/**
 * Why rewriting flow collection `node` from its plain value would change more than the edit, or null when it
 * is safe. The plain value expands aliases and loses anchors (a `*name` elsewhere would point at nothing),
 * drops tags (`!Ref svc/fn` would become `svc/fn`), turns keys into strings (`null:` would become `"":`) and
 * rounds integers past 2^53. The collection's own anchor or tag is outside the rewritten text and stays.
 */
export function flowRewriteRisk(node: Node): string | null {
  let risk: string | null = null
  visit(node, (key, n) => {
    if (n === node) return undefined
    risk = nodeRisk(n, key === 'key')
    return risk ? visit.BREAK : undefined
  })
  return risk
}

const REWRITE = 'This [ … ] or { … } collection'

function nodeRisk(n: unknown, isKey: boolean): string | null {
  if (isPair(n) || !isNode(n)) return null
  if (isAlias(n) || n.anchor) return `${REWRITE} uses YAML anchors or aliases (&name, *name) that rewriting it would break; edit it in the code.`
  if (n.tag) return `${REWRITE} holds a tagged value (${n.tag}) that rewriting it would drop; edit it in the code.`
  if (!isScalar(n)) return isKey ? `${REWRITE} has a key that is not a plain string; edit it in the code.` : null
  const v = n.value
  if (isKey && typeof v !== 'string') return `${REWRITE} has a key that is not a plain string (${String(n.source ?? v)}); edit it in the code.`
  if (typeof v === 'bigint' || (typeof v === 'number' && !(Number.isSafeInteger(v) || (Number.isFinite(v) && !Number.isInteger(v))))) {
    return `${REWRITE} holds a number (${String(n.source ?? v)}) that rewriting it would round; edit it in the code.`
  }
  return null
}
