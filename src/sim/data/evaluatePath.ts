import type { CompiledPath } from '../../fdl/paths/parsePath.ts'
import { NOTHING, readPath, type PathRoots } from './readPath.ts'

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
