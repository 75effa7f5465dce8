import { formatMessage, msg } from '../../i18n/Message.ts'
import type { Diagnostic } from '../model/Diagnostic.ts'
import { validationContext } from './ValidationContext.ts'
import { rangeOf } from '../parse/readFields.ts'
import { parseFdl, type ParsedFdl } from '../parse/parseFdl.ts'
import type { Rule } from './ValidationContext.ts'
import { flowRules } from './rules/flowRules.ts'
import { stepNameRules } from './rules/stepNameRules.ts'
import { taskTargetRules } from './rules/taskTargetRules.ts'
import { mnsParamRules } from './rules/mnsParamRules.ts'
import { callbackTokenRules } from './rules/callbackTokenRules.ts'
import { serviceParamRules } from './rules/serviceParamRules.ts'
import { waitRules } from './rules/waitRules.ts'
import { structureRules } from './rules/structureRules.ts'
import { gotoRules } from './rules/gotoRules.ts'
import { policyRules } from './rules/policyRules.ts'
import { mappingRules } from './rules/mappingRules.ts'
import { taskOnlyFieldRule } from './rules/taskOnlyFieldRule.ts'
import { reachabilityRules } from './rules/reachabilityRules.ts'
import { expressionRules } from './rules/expressionRules.ts'

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

/**
 * Parses and validates FDL text in one call: the designer, the CLI and tests all use this. The result is the
 * parse with every diagnostic, parser and validator alike, sorted by position (then by code, so the order is
 * stable).
 */
export function checkFdl(text: string): ParsedFdl {
  return checkParsed(parseFdl(text))
}

/** {@link checkFdl} for a text already parsed (a caller that looked at the parse first need not parse twice). */
export function checkParsed(parsed: ParsedFdl): ParsedFdl {
  const diagnostics = [...parsed.diagnostics, ...validateFlow(parsed)].sort(byPosition)
  return { ...parsed, diagnostics }
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.range.offset - b.range.offset || a.range.endOffset - b.range.endOffset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
}

/** Every validation rule, in the order their findings are usually read (structure first, data flow last). */
export const VALIDATION_RULES: readonly Rule[] = [
  flowRules,
  stepNameRules,
  taskTargetRules,
  waitRules,
  structureRules,
  gotoRules,
  policyRules,
  mnsParamRules,
  callbackTokenRules,
  serviceParamRules,
  mappingRules,
  expressionRules,
  taskOnlyFieldRule,
  reachabilityRules,
]
