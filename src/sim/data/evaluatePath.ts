import type { CompiledPath, PathSegment } from './parsePath.ts'
import { compilePath } from './compilePath.ts'

/** The values a path can start from; `$` is the step input for conditions, collections, waits and serviceParams. */
export interface PathScope {
  readonly input?: unknown
  readonly local?: unknown
  readonly context?: unknown
  readonly $?: unknown
}

/** A path's result: a value, or nothing at all (a missing key or index). Wildcard paths always find a list. */
export type PathValue = { readonly found: true; readonly value: unknown } | { readonly found: false }

const MISSING: PathValue = { found: false }
const own = Object.prototype.hasOwnProperty
/** Marks "nothing here" inside the loops without allocating a result object per segment. */
const NONE = Symbol('none')

/**
 * Evaluates a path of the FDL subset (REFERENCE §3.4) against a scope. `[*]` maps over every element of a list
 * (or value of an object) and later segments apply to each; a second `[*]` flattens, Goessner-style, so
 * `$local[*].parts[*]` is one flat list. Elements where the rest of the path finds nothing are left out.
 * Throws `EvaluationError` only for bad syntax.
 */
export function evaluatePath(path: string | CompiledPath, scope: PathScope): PathValue {
  const p = typeof path === 'string' ? compilePath(path) : path
  const root = p.root === '$' ? scope.$ : scope[p.root]
  if (root === undefined) return p.wildcard ? { found: true, value: [] } : MISSING
  if (!p.wildcard) {
    let v: unknown = root
    for (const seg of p.segments) {
      v = step(v, seg)
      if (v === NONE) return MISSING
    }
    return { found: true, value: v }
  }
  let values: unknown[] = [root]
  for (const seg of p.segments) {
    const out: unknown[] = []
    for (const v of values) {
      if (seg.kind === 'wildcard') {
        if (Array.isArray(v)) for (const e of v) out.push(e)
        else if (isObject(v)) for (const e of Object.values(v)) out.push(e)
        continue
      }
      const next = step(v, seg)
      if (next !== NONE) out.push(next)
    }
    values = out
  }
  return { found: true, value: values }
}

function step(v: unknown, seg: PathSegment): unknown {
  if (seg.kind === 'field') return isObject(v) && own.call(v, seg.name) ? v[seg.name] : NONE
  if (seg.kind === 'index') return Array.isArray(v) && seg.index < v.length ? v[seg.index] : NONE
  return NONE
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
