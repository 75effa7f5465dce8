import { isMap, isScalar, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml'
import { UNREACHABLE, type EditContext, type Plan } from '../EditContext.ts'
import type { Located } from '../yaml/locate.ts'
import { contentEnd } from '../yaml/contentEnd.ts'
import { keyRank } from '../yaml/keyOrder.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { flowTextFor } from '../yaml/flowTextFor.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'
import { combine } from './combine.ts'
import { replaceValue } from './replaceValue.ts'
import { removeEntry } from './removeEntry.ts'
import { insertPair } from './insertPair.ts'
import { insertItems } from './insertItems.ts'

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
