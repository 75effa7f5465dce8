import { isSeq } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext } from '../EditContext.ts'
import { locate, type Located } from './locate.ts'
import { outermostFlow } from './outermostFlow.ts'
import { isNullValue } from './isNullValue.ts'

/**
 * The flow collection (a JSON flow's root, or a `[ … ]` / `{ … }` in YAML) that holds all of these lists, as
 * `flowFallback` takes it; null when one of them is not inside that same collection. A list not written yet
 * (a choice's missing `default`) counts where its nearest written ancestor is; one written empty or `null`
 * counts as a list to fill. An edit of several places inside one flow collection must rewrite it once:
 * each place rewriting it gives edits of the same text, which cannot all apply.
 */
export function sharedFlow(ctx: EditContext, lists: readonly JsonPath[]): { chain: readonly Located[]; at: number } | null {
  let shared: { chain: readonly Located[]; at: number } | null = null
  for (const list of lists) {
    const { chain, found } = locate(ctx.doc, list)
    const last = chain[chain.length - 1]!.node
    if (found && !isSeq(last) && !isNullValue(last)) return null
    const at = outermostFlow(chain, chain.length - 1)
    if (at < 0 || (shared && shared.chain[shared.at]!.node !== chain[at]!.node)) return null
    shared ??= { chain, at }
  }
  return shared
}
