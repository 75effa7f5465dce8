import type { Mapping } from '../../fdl/model/Step.ts'
import type { Message } from '../../i18n/Message.ts'
import { EvaluationError } from './EvaluationError.ts'
import type { MappingOptions } from './MappingOptions.ts'
import { evaluateSource, isPathSource, type MappingScope } from './evaluateSource.ts'

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
