import type { Diagnostic } from '../model/Diagnostic.ts'
import type { ParsedFdl } from '../parse/parseFdl.ts'
import { validationContext } from './ValidationContext.ts'
import { VALIDATION_RULES } from './validationRules.ts'

/**
 * Runs every rule of the catalogue over a parsed flow (REFERENCE Appendix A) and returns what they found,
 * each with its code, severity, message, JSON path and range. Parser findings are not repeated here; a text
 * that did not yield a flow gives none. Never throws: a failing rule becomes an `internal-error` diagnostic.
 */
export function validateFlow(parsed: ParsedFdl): Diagnostic[] {
  if (parsed.flow === null) return []
  const ctx = validationContext(parsed.flow, parsed.document, parsed.lineCounter)
  for (const rule of VALIDATION_RULES) {
    try {
      rule.check(ctx)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      ctx.report('internal-error', `The ${rule.name} check failed (${detail}); its findings are missing. Please report this with the file.`, [], 'head')
    }
  }
  return ctx.diagnostics
}
