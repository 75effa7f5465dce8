import { isAlias, isNode, isPair, isScalar, visit, type Node } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { Reason } from '../EditContext.ts'

/**
 * Why rewriting flow collection `node` from its plain value would change more than the edit, or null when it
 * is safe. The plain value expands aliases and loses anchors (a `*name` elsewhere would point at nothing),
 * drops tags (`!Ref svc/fn` would become `svc/fn`), turns keys into strings (`null:` would become `"":`) and
 * rounds integers past 2^53. The collection's own anchor or tag is outside the rewritten text and stays.
 */
export function flowRewriteRisk(node: Node): Reason | null {
  let risk: Reason | null = null
  visit(node, (key, n) => {
    if (n === node) return undefined
    risk = nodeRisk(n, key === 'key')
    return risk ? visit.BREAK : undefined
  })
  return risk
}

function nodeRisk(n: unknown, isKey: boolean): Reason | null {
  if (isPair(n) || !isNode(n)) return null
  if (isAlias(n) || n.anchor) return { reason: msg('This [ … ] or { … } collection uses YAML anchors or aliases (&name, *name) that rewriting it would break; edit it in the code.') }
  if (n.tag) return { reason: msg('This [ … ] or { … } collection holds a tagged value ({tag}) that rewriting it would drop; edit it in the code.', { tag: n.tag }) }
  if (!isScalar(n)) return isKey ? { reason: msg('This [ … ] or { … } collection has a key that is not a plain string; edit it in the code.') } : null
  const v = n.value
  if (isKey && typeof v !== 'string') {
    return { reason: msg('This [ … ] or { … } collection has a key that is not a plain string ({key}); edit it in the code.', { key: String(n.source ?? v) }) }
  }
  if (typeof v === 'bigint' || (typeof v === 'number' && !(Number.isSafeInteger(v) || (Number.isFinite(v) && !Number.isInteger(v))))) {
    return { reason: msg('This [ … ] or { … } collection holds a number ({number}) that rewriting it would round; edit it in the code.', { number: String(n.source ?? v) }) }
  }
  return null
}
