import type { Mapping } from '../../fdl/model/Step.ts'
import { msg } from '../../i18n/Message.ts'
import { EvaluationError, NOTHING, readPath, evaluatePath, type PathValue } from './evaluatePath.ts'
import { copyKeys, isPlain, setKey } from './objects.ts'
import { sourcePathKind } from '../../fdl/paths/parsePath.ts'
import type { Message } from '../../i18n/Message.ts'
import type { SimOptions } from '../SimOptions.ts'

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
    const next = isPlain(cur) ? copyKeys(cur) : {}
    setKey(node, k, next)
    node = next
  })
}

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

/** What one mapping row produced, for the inspector's preview ("which source produced each target"). */
export interface MappingRowResult {
  readonly target: string
  readonly source: unknown
  readonly kind: 'path' | 'constant'
  /** False when the path found nothing (the target then gets null, or nothing, per `missingPath`). */
  readonly found: boolean
  readonly value: unknown
  /** Set when the source cannot be evaluated (bad path syntax), in English. */
  readonly error?: string
  /** `error` for the app to say in the person's language. */
  readonly errorText?: Message
}

/** Evaluates each row on its own and never throws: errors come back on their row. */
export function explainMappings(mappings: readonly Mapping[], scope: MappingScope, options?: MappingOptions): MappingRowResult[] {
  return mappings.map((m) => {
    const kind = isPathSource(m.source, options) ? 'path' : 'constant'
    try {
      const r = evaluateSource(m.source, scope, options)
      return { target: m.target, source: m.source, kind, found: r.found, value: r.found ? r.value : null }
    } catch (e) {
      const error = e instanceof EvaluationError ? e.message : String(e)
      const errorText = e instanceof EvaluationError ? e.text : undefined
      return { target: m.target, source: m.source, kind, found: false, value: null, error, ...(errorText ? { errorText } : {}) }
    }
  })
}

/**
 * The request parameters a task sends (REFERENCE §3.2 R10, §6.3): a value `$` is the whole mapped input,
 * `$.x` / `$[…]` a field of it (null when missing), anything else a constant. Only top-level values are
 * read this way; nested objects are constants, as in every documented example. Throws `EvaluationError` on
 * bad path syntax.
 */
export function resolveServiceParams(
  params: Readonly<Record<string, unknown>> | undefined,
  mappedInput: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!params) return out
  for (const [key, v] of Object.entries(params)) {
    if (typeof v === 'string' && (v === '$' || v.startsWith('$.') || v.startsWith('$['))) {
      const r = evaluatePath(v, { $: mappedInput })
      setKey(out, key, r.found ? r.value : null)
    } else {
      setKey(out, key, v)
    }
  }
  return out
}

/** The options that change how mappings read sources and write targets (see `SimOptions`). */
export type MappingOptions = Partial<Pick<SimOptions, 'missingPath' | 'dollarSource' | 'dottedTargets'>>
