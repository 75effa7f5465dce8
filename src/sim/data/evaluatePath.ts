import { parsePath, pathSyntaxText, type CompiledPath } from '../../fdl/paths/parsePath.ts'
import { formatMessage, type Message } from '../../i18n/Message.ts'

/** The values a path can start from (see {@link PathRoots}). */
export type PathScope = PathRoots

/** A path's result: a value, or nothing at all (a missing key or index). Wildcard paths always find a list. */
export type PathValue = { readonly found: true; readonly value: unknown } | { readonly found: false }

const MISSING: PathValue = { found: false }

/**
 * Evaluates a path of the FDL subset (REFERENCE §3.4) against a scope: dotted fields, indexes, `[*]` mapping over
 * a list with nested `[*]` flattening (see `readPath`). Throws `EvaluationError` only for bad syntax.
 */
export function evaluatePath(path: string | CompiledPath, scope: PathScope): PathValue {
  const v = readPath(path, scope)
  return v === NOTHING ? MISSING : { found: true, value: v }
}

/**
 * The compiled form of a path text (memoised by `parsePath`: a 10,000-iteration foreach evaluates the same few
 * paths tens of thousands of times). Throws {@link EvaluationError} with the column on bad syntax.
 */
export function compilePath(text: string): CompiledPath {
  const r = parsePath(text)
  if (!r.ok) throw new EvaluationError(pathSyntaxText(text, r.error))
  return r.path
}

/** What {@link readPath} gives when a path finds nothing (distinct from a found `null`). */
export const NOTHING: unique symbol = Symbol('nothing')

/** The roots a path can start from; `$` is the step input for conditions, collections, waits and serviceParams. */
export interface PathRoots {
  readonly input?: unknown
  readonly local?: unknown
  readonly context?: unknown
  readonly $?: unknown
}

const own = Object.prototype.hasOwnProperty

/**
 * The value at a path of the FDL subset (REFERENCE §3.4), or {@link NOTHING}. `[*]` maps over every element of a
 * list (or value of an object) and later segments apply to each; a second `[*]` flattens, Goessner-style, so
 * `$local[*].parts[*]` is one flat list; elements where the rest finds nothing are left out. Allocates nothing
 * for plain paths: mappings run tens of thousands of times in a big foreach. Throws `EvaluationError` on bad syntax.
 */
export function readPath(path: string | CompiledPath, roots: PathRoots): unknown {
  const p = typeof path === 'string' ? compilePath(path) : path
  const root = p.root === '$' ? roots.$ : roots[p.root]
  if (root === undefined) return p.wildcard ? [] : NOTHING
  const segs = p.segments
  if (!p.wildcard) {
    let v: unknown = root
    for (let i = 0; i < segs.length; i++) {
      const seg = segs[i]!
      if (seg.kind === 'field') {
        if (typeof v !== 'object' || v === null || Array.isArray(v) || !own.call(v, seg.name)) return NOTHING
        v = (v as Record<string, unknown>)[seg.name]
      } else if (seg.kind === 'index') {
        if (!Array.isArray(v) || seg.index >= v.length) return NOTHING
        v = v[seg.index]
      }
    }
    return v
  }
  let values: unknown[] = [root]
  for (const seg of segs) {
    const out: unknown[] = []
    for (const v of values) {
      if (seg.kind === 'wildcard') {
        if (Array.isArray(v)) for (const e of v) out.push(e)
        else if (typeof v === 'object' && v !== null) for (const e of Object.values(v)) out.push(e)
      } else if (seg.kind === 'field') {
        if (typeof v === 'object' && v !== null && !Array.isArray(v) && own.call(v, seg.name)) out.push((v as Record<string, unknown>)[seg.name])
      } else if (Array.isArray(v) && seg.index < v.length) {
        out.push(v[seg.index])
      }
    }
    values = out
  }
  return values
}

/**
 * A data-flow expression that cannot be evaluated (bad path syntax, a missing key under the `error` policy, a
 * condition comparing incompatible types). The engine turns it into a step failure named by
 * `SimOptions.runtimeErrorName`, with `message` (English, as the service's causes are) as its cause; previews
 * show `text` next to the row, in the person's language. Errors only the engine meets (a wait step's bad
 * duration) are made from English alone and have no `text`.
 */
export class EvaluationError extends Error {
  override readonly name = 'EvaluationError'
  readonly text?: Message

  constructor(text: Message | string) {
    super(typeof text === 'string' ? text : formatMessage(text))
    if (typeof text !== 'string') this.text = text
  }
}
