import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml'
import { UNREACHABLE, type EditContext, type Plan } from '../EditContext.ts'
import type { Located } from '../yaml/nodes.ts'
import { contentEnd, isEmptyValue } from '../yaml/nodes.ts'
import { keyRank, pairLayout, itemLayout } from '../yaml/layout.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { flowTextFor, outermostFlow } from '../yaml/flowStyle.ts'
import { combine, flowFallback, plainEdit } from './plainEdit.ts'
import { removeEntry } from './remove.ts'
import { insertPair, insertItems } from './insertItems.ts'
import { msg } from '../../../i18n/Message.ts'
import { indentText, beforeBreak } from '../text/textLines.ts'

const isPrimitive = (v: unknown) => v === null || ['string', 'number', 'boolean'].includes(typeof v)
const isPlainObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/**
 * Makes the node at the end of `chain` hold `value`, changing as little text as possible: an equal
 * scalar is left alone (its quoting kept), a changed string keeps its quote style, and a block mapping
 * or list is updated entry by entry, so comments on the entries that stay are kept.
 */
export function setValue(ctx: EditContext, chain: readonly Located[], value: unknown): Plan {
  const loc = chain[chain.length - 1]!
  const node = loc.node
  const inFlow = outermostFlow(chain, chain.length - 1) >= 0
  if (isScalar(node) && isPrimitive(value)) {
    if (node.value === value || (typeof node.value === 'bigint' && Number(node.value) === value)) return []
    return setScalar(ctx, chain, value)
  }
  if (!inFlow && isMap(node) && isPlainObject(value) && node.items.length > 0 && Object.keys(value).some((k) => value[k] !== undefined)) {
    return diffMap(ctx, chain, node, value)
  }
  if (!inFlow && isSeq(node) && Array.isArray(value) && node.items.length > 0 && value.length > 0) {
    return diffSeq(ctx, chain, node, value)
  }
  if ((isMap(node) || isSeq(node)) && JSON.stringify((node as Node).toJSON()) === JSON.stringify(value)) return []
  if ((isMap(node) || isSeq(node)) && node.flow && !node.anchor && node.range && value !== null && typeof value === 'object') {
    // A flow collection the user wrote stays a flow collection.
    return [{ start: node.range[0], end: contentEnd(ctx.src, node, node.range[0]), text: flowTextFor(ctx, value, undefined, chain.length === 1) }]
  }
  return replaceValue(ctx, chain, { value })
}

function setScalar(ctx: EditContext, chain: readonly Located[], value: unknown): Plan {
  const loc = chain[chain.length - 1]!
  const node = loc.node
  if (!isScalar(node)) return UNREACHABLE
  const style = typeof value === 'string' && (node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE') ? node.type : undefined
  if (outermostFlow(chain, chain.length - 2) >= 0 && node.range && !node.anchor) {
    return [{ start: node.range[0], end: contentEnd(ctx.src, node, node.range[0]), text: flowTextFor(ctx, value, style) }]
  }
  return replaceValue(ctx, chain, { value, render: () => yamlText.pairValue(value, style) })
}

function child(chain: readonly Located[], parent: Located['parent'], node: unknown, seg: string | number): Located[] {
  const loc = chain[chain.length - 1]!
  return [...chain, { node, parent, path: [...loc.path, seg] }]
}

function diffMap(ctx: EditContext, chain: readonly Located[], map: YAMLMap, obj: Record<string, unknown>): Plan {
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined)
  const names = map.items.map((p) => (isScalar(p.key) ? String(p.key.value) : null))
  const removed = new Set(names.flatMap((k, i) => (k !== null && !keys.includes(k) ? [i] : [])))
  if (removed.size === map.items.length) return replaceValue(ctx, chain, { value: obj })
  const plans: Plan[] = []
  for (const i of removed) plans.push(removeEntry(ctx, child(chain, { kind: 'pair', map, index: i }, map.items[i]!.value, names[i]!), !removed.has(i + 1)))
  const added: string[] = []
  for (const k of keys) {
    const i = names.indexOf(k)
    if (i < 0) added.push(k)
    else plans.push(setValue(ctx, child(chain, { kind: 'pair', map, index: i }, map.items[i]!.value, k), obj[k]))
  }
  added.sort((a, b) => keyRank(a) - keyRank(b))
  for (const k of added) plans.push(insertPair(ctx, chain, k, yamlText.pair(k, obj[k]), obj[k], removed))
  return combine(plans)
}

function diffSeq(ctx: EditContext, chain: readonly Located[], seq: YAMLSeq, arr: readonly unknown[]): Plan {
  const plans: Plan[] = []
  const n = seq.items.length
  for (let i = 0; i < Math.min(n, arr.length); i++) plans.push(setValue(ctx, child(chain, { kind: 'item', seq, index: i }, seq.items[i], i), arr[i]))
  for (let i = arr.length; i < n; i++) plans.push(removeEntry(ctx, child(chain, { kind: 'item', seq, index: i }, seq.items[i], i)))
  if (arr.length > n) {
    const loc = chain[chain.length - 1]!
    plans.push(insertItems(ctx, loc.path, n, arr.slice(n).map((v) => ({ text: yamlText.item(v), value: v }))))
  }
  return combine(plans)
}

/**
 * A value to write: `value` is the plain data (used inside flow collections); `render` may give its block
 * text instead (moved or pasted steps keep their own text and comments). Renders follow `key:` (context
 * 'pair': ` x`, or a line break and lines indented by 2) or `-` (context 'item': ` x`, continuation lines
 * relative to the dash), both relative to column 0.
 */
export interface NewValue {
  readonly value: unknown
  readonly render?: (context: 'pair' | 'item') => string
}

/** The canonical rendering of a plain value. */
export function renderValue(v: NewValue, context: 'pair' | 'item'): string {
  if (v.render) return v.render(context)
  return context === 'pair' ? yamlText.pairValue(v.value) : yamlText.item(v.value).slice(1)
}

/**
 * Replaces the node at the end of `chain` with a new value, touching only the node's own text: the key,
 * the dash, comments on the key line and everything around stay as they are.
 */
export function replaceValue(ctx: EditContext, chain: readonly Located[], v: NewValue): Plan {
  const loc = chain[chain.length - 1]!
  if (!loc.parent) return { reason: msg('The document root cannot be replaced.') }
  if ((loc.node as { anchor?: string } | null)?.anchor) return { reason: msg('This value has an anchor (&name) that other places may use; edit it in the code.') }
  const flowAt = outermostFlow(chain, chain.length - 2)
  if (flowAt >= 0) return flowFallback(ctx, chain, flowAt, (plain, rel) => plainEdit.set(plain, rel(loc.path), v.value))
  return loc.parent.kind === 'pair' ? replacePairValue(ctx, loc, v) : replaceItemValue(ctx, loc, v)
}

function replacePairValue(ctx: EditContext, loc: Located, v: NewValue): Plan {
  const { src } = ctx
  const parent = loc.parent!
  if (parent.kind !== 'pair') return UNREACHABLE
  const L = pairLayout(src, parent.map, parent.index)
  if (!L) return { reason: msg('This key uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const text = renderValue(v, 'pair')
  const inline = !text.startsWith('\n')
  if (!L.blockValue) {
    const empty = isEmptyValue(loc.node)
    let vStart = L.colon
    while (!empty && (src.text[vStart] === ' ' || src.text[vStart] === '\t')) vStart++
    const vEnd = empty ? L.colon : L.contentEnd
    // `key: # note` with the value on the next line: the comment stays on the key's line.
    if (!empty && src.text[vStart] === '#') return replaceBelowComment(ctx, loc, L.colon, vEnd, L.keyCol, text)
    if (inline) return [{ start: empty ? L.colon : vStart, end: vEnd, text: indentText(empty ? text : text.slice(1), L.keyCol, src.eol, true) }]
    if (!src.restIsComment(vEnd)) return { reason: msg('Unexpected text after this value; edit it in the code.') }
    const at = src.lineEnd(vEnd)
    return [
      { start: L.colon, end: vEnd, text: '' },
      { start: at, end: at, text: indentText(text, L.keyCol, src.eol) },
    ]
  }
  if (!src.restIsComment(L.colon)) return { reason: msg('This value has an anchor or tag before it; edit it in the code.') }
  const keyLineEnd = src.lineEnd(L.colon)
  const blockEnd = beforeBreak(src.text, L.end)
  if (inline) return [
    { start: L.colon, end: L.colon, text: indentText(text, L.keyCol, src.eol, true) },
    { start: keyLineEnd, end: blockEnd, text: '' },
  ]
  return [{ start: keyLineEnd, end: blockEnd, text: indentText(text, L.keyCol, src.eol) }]
}

/** Replaces a scalar written on a line below its key's comment: the new text follows the key's line. */
function replaceBelowComment(ctx: EditContext, loc: Located, colon: number, vEnd: number, keyCol: number, text: string): Plan {
  const { src } = ctx
  const vStart = (loc.node as { range?: [number, number, number] }).range?.[0]
  if (vStart === undefined || !src.restIsComment(vEnd)) return { reason: msg('Unexpected text after this value; edit it in the code.') }
  const keyLineEnd = src.lineEnd(colon)
  const block = text.startsWith('\n') ? text : '\n  ' + text.slice(1)
  return [{ start: keyLineEnd, end: vEnd, text: indentText(block, keyCol, src.eol) }]
}

function replaceItemValue(ctx: EditContext, loc: Located, v: NewValue): Plan {
  const { src } = ctx
  const parent = loc.parent!
  if (parent.kind !== 'item') return UNREACHABLE
  const I = itemLayout(src, parent.seq, parent.index)
  if (!I) return { reason: msg('This list item uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const text = indentText(renderValue(v, 'item'), I.dashCol, src.eol, true)
  if (isEmptyValue(loc.node)) return [{ start: I.dash + 1, end: I.dash + 1, text }]
  return [{ start: I.dash + 1, end: I.contentEnd, text }]
}
