import { isMap } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import type { Located } from '../yaml/nodes.ts'
import { replaceValue } from './setValue.ts'
import { pairLayout, itemLayout } from '../yaml/layout.ts'
import { flowFallback, plainEdit } from './plainEdit.ts'
import { outermostFlow } from '../yaml/flowStyle.ts'

/**
 * Removes the node at the end of `chain`. A mapping or list it leaves empty is removed too, and so on
 * upwards, except a container for which `keep` says yes (a step, a `steps` list): that one is written
 * as `{}` or `[]` instead.
 */
export function removeAt(ctx: EditContext, chain: readonly Located[], keep: (loc: Located) => boolean): Plan {
  for (let i = chain.length - 1; i >= 1; i--) {
    const container = chain[i - 1]!
    const coll = container.node as { items?: unknown[] }
    if ((coll.items?.length ?? 0) > 1) return removeEntry(ctx, chain.slice(0, i + 1))
    if (i === 1 || keep(container)) {
      if (i === 1 && !keep(container)) return removeEntry(ctx, chain.slice(0, 2))
      return replaceValue(ctx, chain.slice(0, i), { value: isMap(container.node) ? {} : [] })
    }
  }
  return { reason: msg('There is nothing to remove there.') }
}

/**
 * Removes the pair or list item at the end of `chain` from its (block) container, with the comments it
 * owns. One blank line goes too when it would otherwise leave two blank lines in a row. The caller makes
 * sure the container keeps at least one entry (an empty block collection cannot be written). `pullUp`
 * false is for callers that also remove the entry after this one.
 */
export function removeEntry(ctx: EditContext, chain: readonly Located[], pullUp = true): Plan {
  const { src } = ctx
  const loc = chain[chain.length - 1]!
  const parent = loc.parent
  if (!parent) return { reason: msg('The document root cannot be removed.') }
  const flowAt = outermostFlow(chain, chain.length - 2)
  if (flowAt >= 0) return flowFallback(ctx, chain, flowAt, (plain, rel) => plainEdit.remove(plain, rel(loc.path)))
  if (parent.kind === 'item') {
    const I = itemLayout(src, parent.seq, parent.index)
    if (!I) return { reason: msg('This list item uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
    return [{ start: I.start, end: swallowBlank(ctx, I.start, I.end, parent.index === 0), text: '' }]
  }
  const L = pairLayout(src, parent.map, parent.index)
  if (!L) return { reason: msg('This key uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  if (L.startsLine) return [{ start: L.start, end: swallowBlank(ctx, L.start, L.end, parent.index === 0), text: '' }]
  // The first key of a list item shares the dash's line: the next key moves up behind the dash when it
  // directly follows (same column, so its lines keep their indentation); else the dash stands alone.
  const next = pullUp ? pairLayout(src, parent.map, parent.index + 1) : null
  if (next && next.startsLine && next.start === L.end && next.keyCol === L.keyCol) return [{ start: L.keyStart, end: next.keyStart, text: '' }]
  let start = L.keyStart
  while (start > 0 && src.text[start - 1] === ' ') start--
  return [{ start, end: L.end, text: src.eol }]
}

/**
 * Extends a removal over the blank line after it when a blank line also precedes it, or when the entry
 * was the first of its container (a blank line would otherwise open the container).
 */
function swallowBlank(ctx: EditContext, start: number, end: number, first: boolean): number {
  const { src } = ctx
  if (end >= src.text.length || !src.isBlank(end)) return end
  const before = src.previousLineStart(start)
  return first || (before >= 0 && src.isBlank(before)) ? src.nextLineStart(end) : end
}
