import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { parsePath, pathSyntaxText, type CompiledPath } from '../paths/parsePath.ts'

/** One token of a condition, with its 1-based column for error messages. */
export type ConditionToken =
  | { readonly kind: 'op'; readonly op: string; readonly column: number }
  | { readonly kind: 'literal'; readonly value: string | number | boolean; readonly column: number }
  | { readonly kind: 'path'; readonly path: CompiledPath; readonly column: number }
  | { readonly kind: 'end'; readonly column: number }

/** Where and why a condition could not be read. */
export interface ConditionSyntaxError {
  /** In English (the simulator's errors, the CLI). */
  readonly message: string
  /** The same, for the app to say in the person's language. */
  readonly text: Message
  readonly column: number
}

const OPS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '(', ')']
const PATH = /^\$[A-Za-z0-9_]*(?:\.[^\s.[\]()=!<>&|"'`]+|\[[^\]]*\]?)*/
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/
const WORD = /^[A-Za-z_][A-Za-z0-9_]*/

/**
 * Splits a choice condition into tokens (REFERENCE §4): `$`-paths, double-quoted strings (JSON escapes),
 * back-quoted raw strings, numbers (a leading `-` belongs to the number: there is no arithmetic), `true`,
 * `false`, comparison and logical operators and parentheses. Never evaluates anything.
 */
export function tokenizeCondition(text: string): { ok: true; tokens: ConditionToken[] } | { ok: false; error: ConditionSyntaxError } {
  const tokens: ConditionToken[] = []
  let i = 0
  while (i < text.length) {
    const c = text.charAt(i)
    const column = i + 1
    if (/\s/.test(c)) {
      i++
      continue
    }
    const rest = text.slice(i)
    const op = OPS.find((o) => rest.startsWith(o))
    if (c === '$') {
      const m = PATH.exec(rest)?.[0] ?? '$'
      const r = parsePath(m)
      if (!r.ok) return fail(pathSyntaxText(m, r.error), column + r.error.column - 1)
      if (r.path.root !== '$') return fail(msg('Conditions read the choice step\'s input as `$.key`, not `{variable}`.', { variable: `$${r.path.root}` }), column)
      tokens.push({ kind: 'path', path: r.path, column })
      i += m.length
    } else if (c === '"' || c === '`') {
      const s = readString(text, i)
      if ('text' in s) return fail(s, column)
      tokens.push({ kind: 'literal', value: s.value, column })
      i = s.end
    } else if (NUMBER.test(rest) && (c !== '-' || /^-[\d.]/.test(rest))) {
      const m = NUMBER.exec(rest)![0]
      tokens.push({ kind: 'literal', value: Number(m), column })
      i += m.length
    } else if (op) {
      tokens.push({ kind: 'op', op, column })
      i += op.length
    } else if (WORD.test(rest)) {
      const w = WORD.exec(rest)![0]
      if (w !== 'true' && w !== 'false') return fail(wordError(w), column)
      tokens.push({ kind: 'literal', value: w === 'true', column })
      i += w.length
    } else {
      return fail(charError(c), column)
    }
  }
  tokens.push({ kind: 'end', column: text.length + 1 })
  return { ok: true, tokens }
}

/** Reads a "…" (JSON escapes) or `…` (raw) string starting at `start`, or says why it cannot. */
function readString(text: string, start: number): { value: string; end: number } | Message {
  const quote = text.charAt(start)
  let i = start + 1
  while (i < text.length && text.charAt(i) !== quote) i += quote === '"' && text.charAt(i) === '\\' ? 2 : 1
  if (i >= text.length) return msg('Unterminated string: add the closing {quote}.', { quote })
  const body = text.slice(start + 1, i)
  if (quote === '`') return { value: body, end: i + 1 }
  try {
    return { value: JSON.parse(`"${body}"`) as string, end: i + 1 }
  } catch {
    return msg('Invalid escape in a double-quoted string (use \\", \\\\, \\n, \\t or \\uXXXX).')
  }
}

function wordError(w: string): Message {
  if (w === 'null') return msg('`null` is not a literal FDL conditions document; compare with "" or test the value another way.')
  if (w === 'and' || w === 'or' || w === 'not') return msg('`{word}` is not an operator here: use && or ||.', { word: w })
  return msg('Unknown word `{word}`: strings need quotes ("{word}" or `{word}`), paths start with $.', { word: w })
}

function charError(c: string): Message {
  if (c === '=') return msg('Use `==` to compare (a single `=` is not an operator).')
  if (c === '!') return msg('Unary `!` is not supported in FDL conditions: compare with `== false` instead.')
  if (c === '&' || c === '|') return msg('Use `{double}`, not a single `{char}`.', { double: c + c, char: c })
  if (c === "'") return msg('Single quotes do not delimit strings: use "…" or `…`.')
  return msg('Unexpected character `{char}`.', { char: c })
}

function fail(text: Message, column: number) {
  return { ok: false as const, error: { message: formatMessage(text), text, column } }
}
