import type { Node } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { EditContext, Reason } from '../EditContext.ts'
import type { NewItem } from '../ops/insertItems.ts'
import type { Located } from '../yaml/locate.ts'
import { itemLayout } from '../yaml/itemLayout.ts'
import { dedentText } from '../text/dedentText.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'

/**
 * The text of the list item at the end of `chain`, cut loose from its column so it can be written
 * elsewhere: its own lines with their comments (and the comment lines above it when `withLeading`), or
 * its canonical rendering when it sits in a flow list.
 */
export function stepItem(ctx: EditContext, chain: readonly Located[], withLeading: boolean): NewItem | Reason {
  const loc = chain[chain.length - 1]!
  let value: unknown
  try {
    value = (loc.node as Node).toJS(ctx.doc, { maxAliasCount: 100 })
  } catch {
    return { reason: msg('This step uses aliases that cannot be expanded safely; edit it in the code.') }
  }
  const parent = loc.parent
  const layout = parent?.kind === 'item' && outermostFlow(chain, chain.length - 2) < 0 ? itemLayout(ctx.src, parent.seq, parent.index) : null
  if (!layout) return { text: yamlText.item(value), value }
  const from = withLeading ? layout.start : layout.lineStart
  return { text: dedentText(ctx.src.text.slice(from, layout.end), layout.dashCol), value }
}
