import { CANONICAL_KEY_ORDER } from './canonicalKeyOrder.ts'
import { CANONICAL_CHILDREN } from './canonicalChildren.ts'

type Kind = keyof typeof CANONICAL_KEY_ORDER

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v)

/** A copy of plain FDL data (a JSON flow) with every FDL object's keys in canonical order; other values as they are. */
export function orderPlainKeys(value: unknown, kind: Kind = 'flow'): unknown {
  if (!isObject(value)) return value
  const order: readonly string[] = CANONICAL_KEY_ORDER[kind]
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length)
  const keys = Object.keys(value).map((k, i) => ({ k, i })).sort((a, b) => rank(a.k) - rank(b.k) || a.i - b.i)
  const out: Record<string, unknown> = {}
  for (const { k } of keys) {
    const child = CANONICAL_CHILDREN[kind]?.[k]
    const v = value[k]
    const ordered = child === undefined ? v : Array.isArray(v) ? v.map((item) => orderPlainKeys(item, child)) : orderPlainKeys(v, child)
    Object.defineProperty(out, k, { value: ordered, enumerable: true, writable: true, configurable: true })
  }
  return out
}
