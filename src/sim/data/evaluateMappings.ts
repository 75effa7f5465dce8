import type { Mapping } from '../../fdl/model/Step.ts'
import { msg } from '../../i18n/Message.ts'
import { EvaluationError } from './EvaluationError.ts'
import type { MappingOptions } from './MappingOptions.ts'
import { isPathSource, type MappingScope } from './evaluateSource.ts'
import { NOTHING, readPath } from './readPath.ts'
import { setKey } from './setKey.ts'

/**
 * Builds the object a list of `{target, source}` rows produces (REFERENCE §3.2 R1, R3, R7, R12): each row sets
 * one key, in order, so a later row with the same target wins. Paths read `$input` / `$local` / `$context` of
 * `scope`; any other source is a constant. A path that finds nothing gives `null` by default
 * (`missingPath`). Throws `EvaluationError` on bad path syntax or, with `missingPath: error`, a missing value.
 */
export function evaluateMappings(
  mappings: readonly Mapping[],
  scope: MappingScope,
  options?: MappingOptions,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const missing = options?.missingPath ?? 'null'
  const nested = options?.dottedTargets === 'nested'
  let roots: { input: unknown; local: unknown; context: unknown; $: unknown } | undefined
  for (const m of mappings) {
    let value = m.source
    if (isPathSource(m.source, options)) {
      roots ??= { input: scope.input, local: scope.local, context: scope.context, $: scope.input }
      value = readPath(m.source, roots)
      if (value === NOTHING) {
        if (missing === 'omit') continue
        if (missing === 'error') throw new EvaluationError(msg('Mapping `{target}`: `{source}` finds nothing.', { target: m.target, source: m.source }))
        value = null
      }
    }
    if (nested && m.target.includes('.')) setNested(out, m.target.split('.'), value)
    else setKey(out, m.target, value)
  }
  return out
}

/** `dottedTargets: nested`: `a.b` writes `{a: {b: value}}`, keeping what earlier rows put under `a`. */
function setNested(out: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = out
  keys.forEach((k, i) => {
    if (i === keys.length - 1) {
      setKey(node, k, value)
      return
    }
    const cur = node[k]
    const next: Record<string, unknown> = typeof cur === 'object' && cur !== null && !Array.isArray(cur) ? { ...cur } : {}
    setKey(node, k, next)
    node = next
  })
}
