import type { EditCommand } from '../EditCommand.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'

type Plain = Record<string | number, unknown>

/**
 * The oracle's own edits of plain data, written apart from the production `ops/plainEdit` it helps check: a deep
 * copy changed in place. Keys are defined, not assigned, so `__proto__` stays an ordinary key; missing
 * containers are made on the way (a list where the next key is a number).
 */
const define = (obj: Plain, key: string | number, value: unknown) => Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true })
const plainEdit = {
  set(root: unknown, path: JsonPath, value: unknown): unknown {
    if (path.length === 0) return value
    const out = (root !== null && typeof root === 'object' ? structuredClone(root) : typeof path[0] === 'number' ? [] : {}) as Plain
    let node = out
    path.forEach((key, i) => {
      if (i === path.length - 1) return void define(node, key, value)
      const next = node[key]
      if (next === null || typeof next !== 'object') define(node, key, typeof path[i + 1] === 'number' ? [] : {})
      node = node[key] as Plain
    })
    return out
  },
  remove(root: unknown, path: JsonPath): unknown {
    if (path.length === 0) return null
    const out = structuredClone(root)
    const parent = path.slice(0, -1).reduce<unknown>((v, k) => (v as Plain | undefined)?.[k], out)
    const last = path[path.length - 1]!
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else if (parent !== null && typeof parent === 'object') delete (parent as Plain)[last]
    return out
  },
  insert(root: unknown, seqPath: JsonPath, index: number, values: readonly unknown[]): unknown {
    const current = seqPath.reduce<unknown>((v, k) => (v as Plain | undefined)?.[k], root)
    const list = Array.isArray(current) ? [...current] : []
    list.splice(index, 0, ...values)
    return plainEdit.set(root, seqPath, list)
  },
}

const get = (root: unknown, path: JsonPath): unknown => path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], root)
const isPlainObject = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v)
const structural = (path: JsonPath, value: unknown) =>
  path.length === 0 || (Array.isArray(value) && path.at(-1) === 'steps') || (isPlainObject(value) && typeof path.at(-1) === 'number' && path.at(-2) === 'steps')

/** The path of `target` (by identity) inside `root`. */
function findPath(root: unknown, target: unknown, path: JsonPath): JsonPath | null {
  if (root === target) return path
  if (root === null || typeof root !== 'object') return null
  for (const [k, v] of Object.entries(root)) {
    const found = findPath(v, target, [...path, Array.isArray(root) ? Number(k) : k])
    if (found) return found
  }
  return null
}

/** Removes `path`, then any container left empty, but never the root, a step or a `steps` list. */
function removeCascade(root: unknown, path: JsonPath): unknown {
  let p = path
  for (;;) {
    const parentPath = p.slice(0, -1)
    const parent = get(root, parentPath)
    const size = Array.isArray(parent) ? parent.length : isPlainObject(parent) ? Object.keys(parent).length : 0
    if (size > 1 || structural(parentPath, parent)) return plainEdit.remove(root, p)
    p = parentPath
  }
}

/** Every step path of a plain flow in document order (JSON keys), as the text lists them. */
function stepOrder(root: unknown): string[] {
  const out: string[] = []
  const visit = (v: unknown, path: JsonPath) => {
    if (Array.isArray(v)) v.forEach((x, i) => visit(x, [...path, i]))
    else if (v !== null && typeof v === 'object') {
      if (path.length > 0 && typeof path[path.length - 1] === 'number' && 'type' in v) out.push(JSON.stringify(path))
      for (const [k, x] of Object.entries(v)) visit(x, [...path, k])
    }
  }
  visit(root, [])
  return out
}

/**
 * What a command should do to the document's plain data, computed directly on that data: an independent
 * statement of each command's meaning to test the text edits against. Null for commands whose outcome
 * depends on fresh names (duplicate, paste), which tests check by other means.
 */
export function plainOracle(before: unknown, c: EditCommand): unknown {
  switch (c.type) {
    case 'step.insert':
      return plainEdit.insert(before, c.sequence, c.index, [c.step])
    case 'step.move': {
      // Mark the old place, insert at the new one (indexes count before removal), then drop the mark.
      const mark = { moved: true }
      const marked = plainEdit.insert(plainEdit.set(before, c.from, mark), c.sequence, c.index, [get(before, c.from)])
      return plainEdit.remove(marked, findPath(marked, mark, []) ?? [])
    }
    case 'steps.move': {
      // Mark every old place, insert the steps in document order at the new one, then drop the marks.
      const within = (p: JsonPath, q: JsonPath) => p.length > q.length && q.every((x, i) => x === p[i])
      const order = stepOrder(before)
      const moved = [...new Map(c.paths.map((p) => [JSON.stringify(p), p])).values()]
        .filter((p) => !c.paths.some((q) => within(p, q)))
        .sort((a, b) => order.indexOf(JSON.stringify(a)) - order.indexOf(JSON.stringify(b)))
      const marks = moved.map(() => ({ moved: true }))
      let out = moved.reduce<unknown>((v, p, i) => plainEdit.set(v, p, marks[i]), before)
      out = plainEdit.insert(out, c.sequence, c.index, moved.map((p) => get(before, p)))
      for (const mark of marks) out = plainEdit.remove(out, findPath(out, mark, []) ?? [])
      return out
    }
    case 'step.delete': {
      const key = (p: JsonPath) => JSON.stringify(p)
      const within = (p: JsonPath, q: JsonPath) => p.length > q.length && q.every((x, i) => x === p[i])
      const kept = [...new Map(c.paths.map((p) => [key(p), p])).values()].filter((p) => !c.paths.some((q) => within(p, q)))
      const cmp = (a: JsonPath, b: JsonPath): number => {
        for (let i = 0; i < Math.min(a.length, b.length); i++) {
          if (a[i] !== b[i]) return typeof a[i] === 'number' && typeof b[i] === 'number' ? (b[i] as number) - (a[i] as number) : String(b[i]).localeCompare(String(a[i]))
        }
        return b.length - a.length
      }
      return kept.sort(cmp).reduce<unknown>((v, p) => plainEdit.remove(v, p), before)
    }
    case 'step.rename': {
      const old = (get(before, c.path) as Plain).name
      let out = plainEdit.set(before, [...c.path, 'name'], c.name)
      const seq = c.path.slice(0, -1)
      ;(get(before, seq) as unknown[]).forEach((sib, i) => {
        const s = sib as Plain
        const gotos: JsonPath[] = []
        ;(['choices', 'catch'] as const).forEach((k) => (Array.isArray(s[k]) ? (s[k] as Plain[]).forEach((b, j) => b?.goto === old && gotos.push([...seq, i, k, j, 'goto'])) : undefined))
        if ((s.default as Plain | undefined)?.goto === old) gotos.push([...seq, i, 'default', 'goto'])
        for (const g of gotos) out = plainEdit.set(out, g, c.name)
      })
      return out
    }
    case 'field.set':
      return plainEdit.set(before, c.path, c.value)
    case 'field.remove':
      return removeCascade(before, c.path)
    case 'mapping.add': {
      const list = get(before, c.list)
      return plainEdit.insert(before, c.list, c.index ?? (Array.isArray(list) ? list.length : 0), [{ target: c.mapping.target, source: c.mapping.source }])
    }
    case 'mapping.set':
      return Object.entries(c.mapping).reduce<unknown>((v, [k, x]) => plainEdit.set(v, [...c.list, c.index, k], x), before)
    case 'mapping.remove':
      return removeCascade(before, [...c.list, c.index])
    case 'mapping.move': {
      const row = get(before, [...c.list, c.from])
      return plainEdit.insert(plainEdit.remove(before, [...c.list, c.from]), c.list, c.to, [row])
    }
    case 'branch.add': {
      const step = get(before, c.step) as Plain
      const key = step.type === 'choice' ? 'choices' : 'branches'
      const branch = step.type === 'choice' ? { condition: c.condition ?? '$.x == "y"', steps: [] } : { steps: [] }
      return plainEdit.insert(before, [...c.step, key], Array.isArray(step[key]) ? (step[key] as unknown[]).length : 0, [branch])
    }
    case 'branch.remove': {
      const step = get(before, c.step) as Plain
      if (c.index === 'default') return plainEdit.remove(before, [...c.step, 'default'])
      return plainEdit.remove(before, [...c.step, step.type === 'choice' ? 'choices' : 'branches', c.index])
    }
    default:
      return null
  }
}
