import { formatMessage, msg } from '../../i18n/Message.ts'
import type { Diagnostic } from '../model/Diagnostic.ts'
import type { ParsedFdl } from '../parse/parseFdl.ts'
import { validationContext } from './ValidationContext.ts'
import { VALIDATION_RULES } from './validationRules.ts'
import { rangeOf } from '../parse/rangeOf.ts'

/**
 * Runs every rule of the catalogue over a parsed flow (REFERENCE Appendix A) and returns what they found,
 * each with its code, severity, message, JSON path and range. Parser findings are not repeated here; a text
 * that did not yield a flow gives none. Never throws: a failing rule becomes an `internal-error` diagnostic.
 */
export function validateFlow(parsed: ParsedFdl): Diagnostic[] {
  if (parsed.flow === null) return []
  let ctx
  try {
    ctx = validationContext(parsed.text, parsed.flow, parsed.document, parsed.lineCounter)
  } catch (error) {
    const text = msg('The flow could not be walked ({detail}); no rule ran. Please report this with the file.', { detail: error instanceof Error ? error.message : String(error) })
    return [{ code: 'internal-error', severity: 'error', message: formatMessage(text), text, path: [], range: rangeOf(parsed.lineCounter, 0, 0) }]
  }
  for (const rule of VALIDATION_RULES) {
    try {
      rule.check(ctx)
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error)
      ctx.report('internal-error', msg('The {rule} check failed ({detail}); its findings are missing. Please report this with the file.', { rule: rule.name, detail }), [], 'head')
    }
  }
  return ctx.diagnostics
}
