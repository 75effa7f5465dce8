import { parseCondition } from '../../../fdl/condition/parseCondition.ts'
import { msg } from '../../../i18n/Message.ts'
import type { FieldCheck } from '../fields/FieldCheck.ts'

/**
 * Checks a choice `Condition` with the simulator's own parser, so the form flags a syntax slip (with its
 * column) while the user types; the condition is still written, since the text is the user's.
 */
export function checkCondition(text: string): FieldCheck {
  if (text.trim() === '') return { warning: msg('A choice needs a condition, e.g. $.status == "ready".') }
  const parsed = parseCondition(text)
  return parsed.ok ? {} : { warning: msg('Column {column}: {detail}', { column: parsed.error.column, detail: parsed.error.text }) }
}
