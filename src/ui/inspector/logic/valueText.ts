import { msg, type Message } from '../../../i18n/Message.ts'

/**
 * Shows a flow value in a one-line field so that {@link parseValueText} reads it back unchanged: plain
 * strings as they are, strings that would read as something else (`"8"`, `"true"`) quoted, other values as
 * compact JSON.
 */
export function formatValueText(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return parseValueText(value) === value ? value : JSON.stringify(value)
  return JSON.stringify(value) ?? ''
}

/**
 * Reads what the user typed into a `Source` or a `serviceParams` value the way YAML would read it as a
 * flow value: numbers, booleans, null, quoted strings, arrays and objects written as JSON become those
 * values (so `Priority: 1` stays a number); anything else, including every `$…` path, is the text itself,
 * trimmed. Trimming matters while typing: a value sent with a trailing space would be written quoted, and
 * the YAML keeps that style for the rest of the typing; spaces at the ends can still be typed as `" x "`.
 */
export function parseValueText(text: string): unknown {
  const trimmed = text.trim()
  if (trimmed === '' || !/^(-?\d|[[{"]|true$|false$|null$)/.test(trimmed)) return trimmed
  try {
    return JSON.parse(trimmed) as unknown
  } catch {
    return trimmed
  }
}

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

/** Reads an `errors` field typed as a comma (or space) separated list, e.g. `FnF.ALL, FnF.TaskTimeout`. */
export function parseErrorList(text: string): readonly string[] {
  return text.split(/[\s,]+/).filter((name) => name !== '')
}
