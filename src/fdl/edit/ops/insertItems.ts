import { msg } from '../../../i18n/Message.ts'
import { isSeq } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import { locate } from '../yaml/locate.ts'
import { itemLayout } from '../yaml/itemLayout.ts'
import { indentText } from '../text/indentText.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { flowFallback } from './flowFallback.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'
import { plainEdit } from './plainEdit.ts'
import { replaceValue, type NewValue } from './replaceValue.ts'
import { isNullValue } from '../yaml/isNullValue.ts'
import { createAt } from './createAt.ts'

/** A list item to insert: its text (`- …`, relative to column 0, leading comment lines allowed) and its plain value. */
export interface NewItem {
  readonly text: string
  readonly value: unknown
}

/**
 * Inserts items at `index` of the list at `seqPath`, creating the list (and missing mappings above it)
 * when needed. In a block list the items' lines go right before item `index` (before its leading
 * comments) or after the last item; an empty or flow list is rewritten as a whole.
 */
export function insertItems(ctx: EditContext, seqPath: JsonPath, index: number, items: readonly NewItem[]): Plan {
  const { src } = ctx
  const { chain, found } = locate(ctx.doc, seqPath)
  if (!found) return createAt(ctx, chain, seqPath, listValue(items))
  const node = chain[chain.length - 1]!.node
  if (isNullValue(node)) return replaceValue(ctx, chain, listValue(items))
  if (!isSeq(node)) return { reason: msg('`{key}` is not a list.', { key: String(seqPath[seqPath.length - 1]) }) }
  const n = node.items.length
  const at = Math.max(0, Math.min(index, n))
  if (node.flow) {
    if (n === 0) return replaceValue(ctx, chain, listValue(items))
    return flowFallback(ctx, chain, outermostFlow(chain, chain.length - 1), (plain, rel) => plainEdit.insert(plain, rel(seqPath), at, items.map((i) => i.value)))
  }
  const ref = itemLayout(src, node, at < n ? at : n - 1)
  if (!ref) return { reason: msg('This list uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const body = indentText(items.map((i) => i.text).join('\n'), ref.dashCol, src.eol)
  if (at < n) return [{ start: ref.start, end: ref.start, text: body + src.eol }]
  const needsBreak = ref.end === src.text.length && !src.endsWithNewline()
  return [{ start: ref.end, end: ref.end, text: needsBreak ? src.eol + body : body + src.eol }]
}

/** A whole new list of these items, as written under a key (indented by 2) or inside a flow collection. */
function listValue(items: readonly NewItem[]): NewValue {
  const values = items.map((i) => i.value)
  return {
    value: values,
    render: (context) => (context === 'pair' ? '\n' + indentText(items.map((i) => i.text).join('\n'), 2, '\n') : yamlText.item(values).slice(1)),
  }
}
