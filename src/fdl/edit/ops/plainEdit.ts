import type { JsonPath } from '../../model/JsonPath.ts'

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
