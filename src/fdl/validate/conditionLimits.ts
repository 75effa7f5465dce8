import { msg, type Message } from '../../i18n/Message.ts'

/**
 * How large a choice condition may be. The service documents no limit; real conditions are a line or two. These
 * bounds keep checking and simulating a condition cheap and its evaluation off the edge of the call stack: a 100 KB
 * condition of 8,700 `&&`, or 5,000 nested parentheses, is refused with a message instead.
 */
export const CONDITION_LIMITS = { maxLength: 10_000, maxNesting: 64 } as const

/** Why a condition is too large or too deep to read safely (a sentence saying what to do), or null. */
export function conditionTooComplex(condition: string): Message | null {
  const { maxLength, maxNesting } = CONDITION_LIMITS
  const depth = parenthesesDepth(condition)
  if (depth > maxNesting) {
    return msg('The condition nests parentheses {depth} deep, over the limit of {max}. Remove redundant parentheses, or split it over several choice steps.', { depth, max: maxNesting })
  }
  if (condition.length > maxLength) {
    return msg('The condition is {length} characters long, over the limit of {max}. Split the decision over several choice steps, or compute a flag in an earlier step.', { length: condition.length, max: maxLength })
  }
  return null
}

/** The deepest nesting of `(` outside string literals (`"…"` with escapes, `` `…` `` raw). */
function parenthesesDepth(text: string): number {
  let depth = 0
  let deepest = 0
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"' || c === '`') i = closingQuote(text, i)
    else if (c === '(') deepest = Math.max(deepest, ++depth)
    else if (c === ')' && depth > 0) depth--
  }
  return deepest
}

function closingQuote(text: string, from: number): number {
  const quote = text[from]
  for (let i = from + 1; i < text.length; i++) {
    if (quote === '"' && text[i] === '\\') i++
    else if (text[i] === quote) return i
  }
  return text.length
}
