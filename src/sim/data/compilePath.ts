import { EvaluationError } from './EvaluationError.ts'
import { parsePath, pathSyntaxText, type CompiledPath } from '../../fdl/paths/parsePath.ts'

const cache = new Map<string, CompiledPath>()
const CACHE_LIMIT = 10_000

/**
 * The compiled form of a path text, memoised: a 10,000-iteration foreach evaluates the same few paths tens of
 * thousands of times. Throws {@link EvaluationError} with the column on bad syntax.
 */
export function compilePath(text: string): CompiledPath {
  const hit = cache.get(text)
  if (hit) return hit
  const r = parsePath(text)
  if (!r.ok) throw new EvaluationError(pathSyntaxText(text, r.error))
  if (cache.size >= CACHE_LIMIT) cache.clear()
  cache.set(text, r.path)
  return r.path
}
