import { msg } from '../../../i18n/Message.ts'
import { isSeq, isMap } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import { locate } from '../yaml/locate.ts'
import { itemLayout } from '../yaml/itemLayout.ts'
import { indentText } from '../text/indentText.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { flowFallback } from './flowFallback.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'
import { plainEdit } from './plainEdit.ts'
import { replaceValue, type NewValue, renderValue } from './replaceValue.ts'
import { isNullValue } from '../yaml/isNullValue.ts'
import type { Located } from '../yaml/locate.ts'
import { insertPair } from './insertPair.ts'

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

/**
 * Writes `leaf` at `path`, which exists only down to the end of `chain`: the missing mappings on the way
 * are created (a missing list only at index 0), as one new key in the deepest existing mapping, as the
 * content of an empty or null value (`default:`, `default: ~`), or as a new last item of an existing list.
 */
export function createAt(ctx: EditContext, chain: readonly Located[], path: JsonPath, leaf: NewValue): Plan {
  const deepest = chain[chain.length - 1]!
  const rest = path.slice(deepest.path.length)
  const first = rest[0]
  if (first === undefined) return replaceValue(ctx, chain, leaf)
  const tailOk = rest.slice(1).every((s) => typeof s === 'string' || s === 0)
  const node = deepest.node
  if (!tailOk) return { reason: msg('Cannot create `{path}`: only new mappings and one-item lists are created on the way.', { path: path.join('.') }) }
  if (isMap(node) && typeof first === 'string') {
    const pairText = yamlText.key(first) + ':' + valueText(rest.slice(1), leaf, 'pair')
    return insertPair(ctx, chain, first, pairText, plainEdit.set(undefined, rest.slice(1), leaf.value))
  }
  if (isNullValue(node) && (typeof first === 'string' || first === 0)) {
    const value = plainEdit.set(undefined, rest, leaf.value)
    return replaceValue(ctx, chain, { value, render: (context) => valueText(rest, leaf, context) })
  }
  if (isSeq(node) && first === node.items.length) {
    const text = '-' + valueText(rest.slice(1), leaf, 'item')
    return insertItems(ctx, deepest.path, first, [{ text, value: plainEdit.set(undefined, rest.slice(1), leaf.value) }])
  }
  const joined = deepest.path.join('.')
  const parent = joined !== '' ? joined : msg('the document')
  return { reason: msg('Cannot create `{path}`: `{parent}` has no room for it.', { path: path.join('.'), parent }) }
}

/** Text of the value made of `rest` nested mappings (or single-item lists) around `leaf`, for the given context. */
function valueText(rest: JsonPath, leaf: NewValue, context: 'pair' | 'item'): string {
  const [head, ...tail] = rest
  if (head === undefined) return renderValue(leaf, context)
  const inner = typeof head === 'string' ? yamlText.key(head) + ':' + valueText(tail, leaf, 'pair') : '-' + valueText(tail, leaf, 'item')
  return context === 'pair' ? '\n' + indentText(inner, 2, '\n') : ' ' + indentText(inner, 2, '\n', true)
}
