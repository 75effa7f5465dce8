import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { SIM_OPTION_INFO, type OptionRange, DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'

/**
 * Why `x` is not an acceptable value of option `k`, or '' when it is. `readScenario` checks scenario files with
 * it and the options panel checks what is typed, so both refuse the same values with the same words.
 */
export function checkSimOption(k: keyof SimOptions, x: unknown): string {
  const problem = checkSimOptionText(k, x)
  return problem ? formatMessage(problem) : ''
}

/** {@link checkSimOption} as a message, for the app to say in the person's language; null when `x` is acceptable. */
export function checkSimOptionText(k: keyof SimOptions, x: unknown): Message | null {
  const info = SIM_OPTION_INFO[k]
  if (info.choices) return typeof x === 'string' && info.choices.includes(x) ? null : msg('must be one of {choices}', { choices: info.choices.join(', ') })
  const def = DEFAULT_SIM_OPTIONS[k]
  if (info.range) {
    const nullable = def === null
    if (nullable && x === null) return null
    if (typeof x === 'number' && inRange(x, info.range)) return null
    const range = describeRange(info.range)
    if (!nullable) return msg('must be {range}', { range })
    // A comma before "or null" where the range already has an "and" in it.
    return info.range.above && info.range.max !== undefined ? msg('must be {range}, or null', { range }) : msg('must be {range} or null', { range })
  }
  if (typeof def === 'boolean') return typeof x === 'boolean' ? null : msg('must be true or false')
  return typeof x === 'string' ? null : msg('must be a string')
}

function inRange(x: number, r: OptionRange): boolean {
  if (!Number.isFinite(x) || (r.integer && !Number.isInteger(x))) return false
  if (r.above ? x <= r.min : x < r.min) return false
  return r.max === undefined || x <= r.max
}

/** The values a range takes, in words; each form is written out so that a language can order its words freely. */
export function describeRange(r: OptionRange): Message {
  const { min, max } = r
  if (max !== undefined) {
    if (r.above) return r.integer ? msg('a whole number greater than {min} and at most {max}', { min, max }) : msg('a number greater than {min} and at most {max}', { min, max })
    return r.integer ? msg('a whole number from {min} to {max}', { min, max }) : msg('a number from {min} to {max}', { min, max })
  }
  if (r.above) return r.integer ? msg('a whole number greater than {min}', { min }) : msg('a number greater than {min}', { min })
  return r.integer ? msg('a whole number of at least {min}', { min }) : msg('a number of at least {min}', { min })
}
