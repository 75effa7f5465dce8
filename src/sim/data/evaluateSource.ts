import type { MappingOptions } from './MappingOptions.ts'
import { evaluatePath, type PathValue } from './evaluatePath.ts'
import { sourcePathKind } from '../../fdl/paths/parsePath.ts'

/** The variables a mapping source may read (REFERENCE §3.2): the parent's input and local, and `$context`. */
export interface MappingScope {
  readonly input: unknown
  readonly local: unknown
  readonly context: Readonly<Record<string, unknown>>
}

/**
 * Whether a mapping `source` is a path (REFERENCE §3.3): one starting with `$input`, `$local` or `$context`;
 * with `dollarSource: input` (default) also `$`, `$.x` and `$[…]`, read from the parent input.
 */
export function isPathSource(source: unknown, options?: MappingOptions): source is string {
  const kind = sourcePathKind(source)
  return kind === 'variable' || (kind === 'dollar' && (options?.dollarSource ?? 'input') === 'input')
}

/** One source's value: a path evaluated in the scope, or the constant itself. Throws on bad path syntax. */
export function evaluateSource(source: unknown, scope: MappingScope, options?: MappingOptions): PathValue {
  if (!isPathSource(source, options)) return { found: true, value: source }
  return evaluatePath(source, { input: scope.input, local: scope.local, context: scope.context, $: scope.input })
}
