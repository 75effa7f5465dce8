import { msg } from '../../../i18n/Message.ts'
import type { Reason } from '../EditContext.ts'

const MAX_DEPTH = 200

/**
 * Why a value cannot be written as YAML data, or null when it can: plain objects, arrays, strings,
 * finite numbers, booleans and null only (no functions, class instances or cycles). As in JSON, an
 * `undefined` property is left out and an `undefined` list item is written as null; only a missing value
 * as a whole is refused.
 */
export function jsonValueProblem(value: unknown): Reason | null {
  const stack: { v: unknown; depth: number }[] = [{ v: value, depth: 0 }]
  while (stack.length > 0) {
    const { v, depth } = stack.pop()!
    if (depth > MAX_DEPTH) return { reason: msg('The value nests too deeply.') }
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return { reason: msg('Numbers must be finite.') }
      continue
    }
    if (Array.isArray(v)) {
      for (const x of v) stack.push({ v: x, depth: depth + 1 })
      continue
    }
    if (typeof v === 'object' && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null)) {
      for (const k of Object.keys(v)) if ((v as Record<string, unknown>)[k] !== undefined) stack.push({ v: (v as Record<string, unknown>)[k], depth: depth + 1 })
      continue
    }
    if (v === undefined && depth > 0) continue
    return { reason: v === undefined ? msg('The value is missing; use field.remove to delete a field.') : msg('A {type} cannot be written in YAML.', { type: typeof v }) }
  }
  return null
}
