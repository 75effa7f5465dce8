import { msg } from '../../../i18n/Message.ts'
import { isSeq, isMap, isScalar } from 'yaml'
import type { JsonPath } from '../../model/jsonPaths.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import { locate, isNullValue } from '../yaml/nodes.ts'
import { itemLayout, pairLayout, keyRank } from '../yaml/layout.ts'
import { indentText } from '../text/textLines.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { flowFallback, plainEdit } from './plainEdit.ts'
import { outermostFlow } from '../yaml/flowStyle.ts'
import { replaceValue, type NewValue, renderValue } from './setValue.ts'
import type { Located } from '../yaml/nodes.ts'

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

/**
 * Adds a key to the mapping at the end of `chain`, at its canonical place: before the first existing key
 * that comes later in FDL order (keys the order does not know count as last), else after the last key.
 * `pairText` is the whole `key: value` text relative to column 0; `value` is used inside flow mappings.
 * `skip` lists pair indexes being removed by the same command, which must not serve as anchors.
 */
export function insertPair(
  ctx: EditContext,
  chain: readonly Located[],
  key: string,
  pairText: string,
  value: unknown,
  skip: ReadonlySet<number> = new Set(),
): Plan {
  const { src } = ctx
  const loc = chain[chain.length - 1]!
  const map = loc.node
  if (!isMap(map)) return { reason: msg('Not a mapping.') }
  const flowAt = outermostFlow(chain, chain.length - 1)
  if (flowAt >= 0) return flowFallback(ctx, chain, flowAt, (plain, rel) => plainEdit.set(plain, rel([...loc.path, key]), value))
  const kept = map.items.map((_, i) => i).filter((i) => !skip.has(i))
  if (kept.length === 0) return { reason: msg('Cannot add a key to a mapping whose keys are all being removed.') }
  const rank = keyRank(key)
  const anchor = kept.find((i) => {
    const k = map.items[i]!.key
    return isScalar(k) && keyRank(String(k.value)) > rank
  })
  const ref = pairLayout(src, map, anchor ?? kept[kept.length - 1]!)
  if (!ref) return { reason: msg('This mapping uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const col = ref.keyCol
  if (anchor === undefined) {
    const at = ref.end
    const needsBreak = at === src.text.length && !src.endsWithNewline()
    const body = indentText(pairText, col, src.eol)
    return [{ start: at, end: at, text: needsBreak ? src.eol + body : body + src.eol }]
  }
  if (ref.startsLine) return [{ start: ref.start, end: ref.start, text: indentText(pairText, col, src.eol) + src.eol }]
  return [{ start: ref.keyStart, end: ref.keyStart, text: indentText(pairText, col, src.eol, true) + src.eol + ' '.repeat(col) }]
}
