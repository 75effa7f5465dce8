import type { JsonPath } from '../../model/jsonPaths.ts'
import type { Plan, EditContext } from '../EditContext.ts'
import type { Splice } from '../text/Splice.ts'
import type { Node } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { Located } from '../yaml/nodes.ts'
import { contentEnd } from '../yaml/nodes.ts'
import { flowTextFor, flowRewriteRisk } from '../yaml/flowStyle.ts'

type Plain = Record<string, unknown>

/** A copy of `obj` with `key` set (defined, so `__proto__` stays an ordinary key) or deleted. */
function withKey(obj: Plain, key: string, value: unknown, remove = false): Plain {
  const out: Plain = {}
  for (const k of Object.keys(obj)) {
    if (k === key && remove) continue
    Object.defineProperty(out, k, { value: k === key ? value : obj[k], enumerable: true, writable: true, configurable: true })
  }
  if (!remove && !Object.prototype.hasOwnProperty.call(obj, key)) {
    Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true })
  }
  return out
}

function isPlainObject(v: unknown): v is Plain {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** Replaces the value at `path` with `f(old)`, copying the containers on the way (missing ones become maps). */
function update(root: unknown, path: JsonPath, f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(root)
  const [head, ...rest] = path
  if (typeof head === 'number') {
    const copy = Array.isArray(root) ? root.slice() : []
    copy[head] = update(copy[head], rest, f)
    return copy
  }
  const obj = isPlainObject(root) ? root : {}
  return withKey(obj, String(head), update(obj[String(head)], rest, f))
}

/**
 * Immutable edits of plain JSON-like data, used when the edited node sits inside a flow collection
 * (`{a: 1}`, `[x, y]`): the collection is then rewritten as a whole, in flow style.
 */
export const plainEdit = {
  set(root: unknown, path: JsonPath, value: unknown): unknown {
    return update(root, path, () => value)
  },
  remove(root: unknown, path: JsonPath): unknown {
    if (path.length === 0) return null
    const last = path[path.length - 1]!
    return update(root, path.slice(0, -1), (parent) => {
      if (Array.isArray(parent)) return parent.filter((_, i) => i !== last)
      return isPlainObject(parent) ? withKey(parent, String(last), undefined, true) : parent
    })
  },
  insert(root: unknown, seqPath: JsonPath, index: number, values: readonly unknown[]): unknown {
    return update(root, seqPath, (seq) => {
      const list = Array.isArray(seq) ? seq : []
      return [...list.slice(0, index), ...values, ...list.slice(index)]
    })
  },
}

type Holder = Record<string | number, unknown>

/**
 * The list at `path` in a plain value (a flow collection's `toJS` copy, changed in place). With `create`, a
 * list that is missing or null is made, with the mappings on the way to it (a choice's `default.steps`).
 */
export function plainListAt(root: unknown, path: JsonPath, create = false): unknown[] {
  let value = root as Holder
  path.forEach((seg, i) => {
    let next = Object.hasOwn(value, seg) ? value[seg] : undefined
    if (create && (next === undefined || next === null)) {
      next = i === path.length - 1 ? [] : {}
      Object.defineProperty(value, seg, { value: next, enumerable: true, writable: true, configurable: true })
    }
    if (next === null || typeof next !== 'object') throw new Error(`no list at ${JSON.stringify(path)}`)
    value = next as Holder
  })
  if (!Array.isArray(value)) throw new Error(`no list at ${JSON.stringify(path)}`)
  return value
}

/** All the plans' splices, or the first refusal: a command made of several edits succeeds whole or not at all. */
export function combine(plans: readonly Plan[]): Plan {
  const out: Splice[] = []
  for (const p of plans) {
    if ('reason' in p) return p
    out.push(...p)
  }
  return out
}

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
