import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { checkSimOptionText } from '../../sim/scenario/scenarioChecks.ts'
import { SIM_OPTION_INFO } from '../../sim/SimOptions.ts'
import type { SimOptions } from '../../sim/SimOptions.ts'

/**
 * What a typed option value means: the value to store (`undefined`: back to the default), or why it cannot be,
 * in English (`error`) and as the message the field shows (`text`).
 */
export type OptionDraft = { readonly value: unknown } | { readonly error: string; readonly text: Message }

/**
 * Reads the text typed into a number or name option of the options panel. An empty field means the default, as
 * its placeholder shows; anything else must pass the same check a scenario file's `options:` does.
 */
export function readOptionDraft(key: keyof SimOptions, text: string): OptionDraft {
  const typed = text.trim()
  if (typed === '') return { value: undefined }
  const value = SIM_OPTION_INFO[key].range ? Number(typed) : typed
  const problem = checkSimOptionText(key, value)
  if (!problem) return { value }
  const why = msg('{name} {problem}', { name: key, problem })
  return { error: formatMessage(why), text: why }
}
