import { msg, type Message } from '../../i18n/Message.ts'
import type { SimOptions } from '../SimOptions.ts'
import { EvaluationError, evaluatePath } from '../data/evaluatePath.ts'
import { chainOperands, type ConditionAst, conditionSyntaxText, parseCondition } from '../../fdl/condition/parseCondition.ts'
import { compareMismatchText, notBooleanText, sideOf, WHOLE_CONDITION } from '../../fdl/condition/conditionChecks.ts'

/** The options that decide the UNCONFIRMED corners of REFERENCE §4.3. */
export type ConditionOptions = Partial<Pick<SimOptions, 'conditionMissing' | 'conditionTypeMismatch' | 'conditionNonBoolean'>>

/**
 * Evaluates a choice condition against the choice step's input (`$`). `==` / `!=` compare JSON values by type
 * and content (`"1" == 1` is false, null equals only null); `<`…`>=` compare two numbers, or two strings in
 * Unicode code-point order. What happens with missing keys, mixed types and non-boolean results follows the
 * options. Throws `EvaluationError` (syntax or evaluation), never runs code.
 */
export function evaluateCondition(condition: string | ConditionAst, input: unknown, options?: ConditionOptions): boolean {
  const ast = typeof condition === 'string' ? compileCondition(condition) : condition
  return truth(value(ast, input, options), options, WHOLE_CONDITION)
}

function value(ast: ConditionAst, input: unknown, o: ConditionOptions | undefined): unknown {
  switch (ast.kind) {
    case 'literal':
      return ast.value
    case 'path': {
      const r = evaluatePath(ast.path, { $: input })
      if (r.found) return r.value
      if (o?.conditionMissing === 'error') throw new EvaluationError(msg('`{path}` finds nothing in the step input.', { path: ast.path.text }))
      return null
    }
    case 'and':
    case 'or':
      return chain(ast, input, o)
    case 'compare': {
      const a = value(ast.left, input, o)
      const b = value(ast.right, input, o)
      if (ast.op === '==') return jsonEqual(a, b)
      if (ast.op === '!=') return !jsonEqual(a, b)
      const bothNumbers = typeof a === 'number' && typeof b === 'number'
      const bothStrings = typeof a === 'string' && typeof b === 'string'
      if (!bothNumbers && !bothStrings) {
        if (o?.conditionTypeMismatch === 'false') return false
        throw new EvaluationError(compareMismatchText(a, ast.op, b))
      }
      const d = bothStrings ? compareCodePoints(a, b) : (a as number) - (b as number)
      return ast.op === '<' ? d < 0 : ast.op === '<=' ? d <= 0 : ast.op === '>' ? d > 0 : d >= 0
    }
  }
}

// What a non-boolean operand is called in its error, made once: a polling loop evaluates its condition thousands of times.
const LEFT = { '&&': sideOf('&&', true), '||': sideOf('||', true) }
const RIGHT = { '&&': sideOf('&&', false), '||': sideOf('||', false) }

/** A run of `&&` (or of `||`), operand by operand; short-circuits exactly as nested `a && b` would. */
function chain(ast: ConditionAst & { kind: 'and' | 'or' }, input: unknown, o: ConditionOptions | undefined): boolean {
  const op = ast.kind === 'and' ? '&&' : '||'
  const [first, ...rest] = chainOperands(ast)
  let result = truth(value(first!, input, o), o, LEFT[op])
  for (const operand of rest) {
    if (ast.kind === 'and' ? !result : result) return result
    result = truth(value(operand, input, o), o, RIGHT[op])
  }
  return result
}

function truth(v: unknown, o: ConditionOptions | undefined, what: Message): boolean {
  if (typeof v === 'boolean') return v
  const mode = o?.conditionNonBoolean ?? 'nullIsFalse'
  if (mode === 'truthiness') return !(v === null || v === 0 || v === '' || v === undefined)
  if (mode === 'nullIsFalse' && v === null) return false
  throw new EvaluationError(notBooleanText(what, v))
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => jsonEqual(v, b[i]))
  const ka = Object.keys(a)
  const rb = b as Record<string, unknown>
  return ka.length === Object.keys(rb).length && ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && jsonEqual((a as Record<string, unknown>)[k], rb[k]))
}

const cache = new Map<string, ConditionAst>()

/** The parsed form of a condition, memoised (a polling loop re-evaluates the same text thousands of times). */
export function compileCondition(text: string): ConditionAst {
  const hit = cache.get(text)
  if (hit) return hit
  const r = parseCondition(text)
  if (!r.ok) throw new EvaluationError(conditionSyntaxText(text, r.error))
  if (cache.size > 5000) cache.clear()
  cache.set(text, r.ast)
  return r.ast
}

/**
 * Orders two strings by Unicode code point, as the service's conditions order strings (REFERENCE §4; Go, Java's
 * `String.compareTo` on code points and byte-wise UTF-8 all agree on it). JavaScript's `<` compares UTF-16 code
 * units instead, which puts a character above U+FFFF (stored as a surrogate pair, 0xD800-0xDBFF first) before
 * U+E000-U+FFFF characters such as `～` (U+FF5E) or private-use ones. Returns <0, 0 or >0.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i)
    const y = b.charCodeAt(i)
    // At the first difference, a high surrogate reads as the whole code point it starts (a low one as itself).
    if (x !== y) return a.codePointAt(i)! - b.codePointAt(i)!
  }
  return a.length - b.length
}
