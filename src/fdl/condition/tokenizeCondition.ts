import { parsePath, type CompiledPath } from '../paths/parsePath.ts'

/** One token of a condition, with its 1-based column for error messages. */
export type ConditionToken =
  | { readonly kind: 'op'; readonly op: string; readonly column: number }
  | { readonly kind: 'literal'; readonly value: string | number | boolean; readonly column: number }
  | { readonly kind: 'path'; readonly path: CompiledPath; readonly column: number }
  | { readonly kind: 'end'; readonly column: number }

/** Where and why a condition could not be read. */
export interface ConditionSyntaxError {
  readonly message: string
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
      if (!r.ok) return fail(`Invalid path \`${m}\`: ${r.error.message}`, column + r.error.column - 1)
      if (r.path.root !== '$') return fail(`Conditions read the choice step's input as \`$.key\`, not \`$${r.path.root}\`.`, column)
      tokens.push({ kind: 'path', path: r.path, column })
      i += m.length
    } else if (c === '"' || c === '`') {
      const s = readString(text, i)
      if (typeof s === 'string') return fail(s, column)
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

/** Reads a "…" (JSON escapes) or `…` (raw) string starting at `start`; a string result is an error message. */
function readString(text: string, start: number): { value: string; end: number } | string {
  const quote = text.charAt(start)
  let i = start + 1
  while (i < text.length && text.charAt(i) !== quote) i += quote === '"' && text.charAt(i) === '\\' ? 2 : 1
  if (i >= text.length) return `Unterminated string: add the closing ${quote}.`
  const body = text.slice(start + 1, i)
  if (quote === '`') return { value: body, end: i + 1 }
  try {
    return { value: JSON.parse(`"${body}"`) as string, end: i + 1 }
  } catch {
    return 'Invalid escape in a double-quoted string (use \\", \\\\, \\n, \\t or \\uXXXX).'
  }
}

function wordError(w: string): string {
  if (w === 'null') return '`null` is not a literal FDL conditions document; compare with "" or test the value another way.'
  if (w === 'and' || w === 'or' || w === 'not') return `\`${w}\` is not an operator here: use && or ||.`
  return `Unknown word \`${w}\`: strings need quotes ("${w}" or \`${w}\`), paths start with $.`
}

function charError(c: string): string {
  if (c === '=') return 'Use `==` to compare (a single `=` is not an operator).'
  if (c === '!') return 'Unary `!` is not supported in FDL conditions: compare with `== false` instead.'
  if (c === '&' || c === '|') return `Use \`${c}${c}\`, not a single \`${c}\`.`
  if (c === "'") return 'Single quotes do not delimit strings: use "…" or `…`.'
  return `Unexpected character \`${c}\`.`
}

function fail(message: string, column: number) {
  return { ok: false as const, error: { message, column } }
}
