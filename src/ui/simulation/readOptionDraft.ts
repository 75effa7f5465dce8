import { checkSimOption } from '../../sim/scenario/checkSimOption.ts'
import { SIM_OPTION_INFO } from '../../sim/SIM_OPTION_INFO.ts'
import type { SimOptions } from '../../sim/SimOptions.ts'

/** What a typed option value means: the value to store (`undefined`: back to the default), or why it cannot be. */
export type OptionDraft = { readonly value: unknown } | { readonly error: string }

/**
 * Reads the text typed into a number or name option of the options panel. An empty field means the default, as
 * its placeholder shows; anything else must pass the same check a scenario file's `options:` does.
 */
export function readOptionDraft(key: keyof SimOptions, text: string): OptionDraft {
  const typed = text.trim()
  if (typed === '') return { value: undefined }
  const value = SIM_OPTION_INFO[key].range ? Number(typed) : typed
  const problem = checkSimOption(key, value)
  return problem ? { error: `${key} ${problem}` } : { value }
}
