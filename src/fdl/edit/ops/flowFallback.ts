import type { Node } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import type { Located } from '../yaml/locate.ts'
import { contentEnd } from '../yaml/contentEnd.ts'
import { flowTextFor } from '../yaml/flowTextFor.ts'
import { flowRewriteRisk } from '../yaml/flowRewriteRisk.ts'

/**
 * Rewrites the flow collection at `chain[at]` as a whole: its plain value goes through `change` (given
 * the value and the offset to make document paths relative to it) and is written back in one-line flow
 * style. Flow collections rarely hold comments, and a change inside one touches that one node only. A
 * JSON document (its root is a flow mapping) is written back as JSON in its own indentation. A collection
 * whose plain value would lose something (anchors, tags, typed keys, huge integers) is refused.
 */
export function flowFallback(
  ctx: EditContext,
  chain: readonly Located[],
  at: number,
  change: (plain: unknown, relative: (p: JsonPath) => JsonPath) => unknown,
): Plan {
  const loc = chain[at]!
  const node = loc.node as Node
  if (!node.range) return { reason: msg('This flow collection has no position in the text.') }
  const risk = flowRewriteRisk(node)
  if (risk) return risk
  let plain: unknown
  try {
    plain = node.toJS(ctx.doc)
  } catch {
    return { reason: msg('This flow collection cannot be read as plain data; edit it in the code.') }
  }
  const base = loc.path.length
  const next = change(plain, (p) => p.slice(base))
  const end = contentEnd(ctx.src, node, node.range[0])
  return [{ start: node.range[0], end, text: flowTextFor(ctx, next, undefined, base === 0) }]
}
