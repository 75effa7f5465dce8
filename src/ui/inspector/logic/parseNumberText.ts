import { msg, type Message } from '../../../i18n/Message.ts'

/** Limits of a numeric field. */
export interface NumberRule {
  readonly min?: number
  readonly max?: number
  readonly integer?: boolean
}

/** The result of reading a numeric field: `value` is what to write (absent: remove the key or write nothing). */
export interface NumberReading {
  readonly value?: number
  /** Blocking: the text is not a number, nothing is written. */
  readonly error?: Message
  /** Out of the documented range: written anyway (the validator reports it too), shown inline. */
  readonly warning?: Message
}

/** Reads a numeric field's text; empty text means “not set”. */
export function parseNumberText(text: string, rule: NumberRule = {}): NumberReading {
  const t = text.trim()
  if (t === '') return {}
  const n = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : Number.NaN
  if (!Number.isFinite(n)) return { error: rule.integer ? msg('Enter a whole number.') : msg('Enter a number.') }
  if (rule.integer && !Number.isInteger(n)) return { error: msg('Enter a whole number.') }
  const { min, max } = rule
  if (min !== undefined && max !== undefined && (n < min || n > max)) return { value: n, warning: msg('Must be between {min} and {max}.', { min, max }) }
  if (min !== undefined && n < min) return { value: n, warning: msg('Must be at least {min}.', { min }) }
  if (max !== undefined && n > max) return { value: n, warning: msg('Must be at most {max}.', { max }) }
  return { value: n }
}
