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
  readonly error?: string
  /** Out of the documented range: written anyway (the validator reports it too), shown inline. */
  readonly warning?: string
}

/** Reads a numeric field's text; empty text means “not set”. */
export function parseNumberText(text: string, rule: NumberRule = {}): NumberReading {
  const t = text.trim()
  if (t === '') return {}
  const n = /^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t) ? Number(t) : Number.NaN
  if (!Number.isFinite(n)) return { error: rule.integer ? 'Enter a whole number.' : 'Enter a number.' }
  if (rule.integer && !Number.isInteger(n)) return { error: 'Enter a whole number.' }
  const { min, max } = rule
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    const range = min !== undefined && max !== undefined ? `between ${min} and ${max}` : min !== undefined ? `at least ${min}` : `at most ${max}`
    return { value: n, warning: `Must be ${range}.` }
  }
  return { value: n }
}
