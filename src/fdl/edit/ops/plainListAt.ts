import type { JsonPath } from '../../model/JsonPath.ts'

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
