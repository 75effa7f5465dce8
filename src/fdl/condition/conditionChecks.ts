import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { chainOperands, type CompareOp, type ConditionAst } from './parseCondition.ts'

/** A value as a condition's messages quote it: JSON, cut at 40 characters. */
export function showValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 40 ? `${s.slice(0, 37)}...` : s
}

/** `<`, `<=`, `>`, `>=` between values that are not two numbers or two strings (REFERENCE §4.3). */
export function compareMismatchText(a: unknown, op: CompareOp, b: unknown): Message {
  return mismatchText(showValue(a), op, showValue(b))
}

/** {@link compareMismatchText} in English. */
export function compareMismatchMessage(a: unknown, op: CompareOp, b: unknown): string {
  return formatMessage(compareMismatchText(a, op, b))
}

function mismatchText(a: string, op: CompareOp, b: string): Message {
  return msg('Cannot compare {left} {op} {right}: both sides must be numbers or both strings.', { left: a, op, right: b })
}

/** What a condition's value is called in its messages when it is the whole condition... */
export const WHOLE_CONDITION = msg('The condition')

/** ...and when it is one side of `&&` / `||`. */
export function sideOf(op: '&&' | '||', left: boolean): Message {
  return left ? msg('The left side of {op}', { op }) : msg('The right side of {op}', { op })
}

/** A value used as true / false that is neither (`what`: {@link WHOLE_CONDITION} or {@link sideOf}). */
export function notBooleanText(what: string | Message, v: unknown): Message {
  return msg('{what} is {value}, not true or false.', { what, value: showValue(v) })
}

/** {@link notBooleanText} in English (`what`: "The condition", "The left side of &&", …). */
export function notBooleanMessage(what: string, v: unknown): string {
  return formatMessage(notBooleanText(what, v))
}

/**
 * What fails in a parsed condition whatever the step input is, with the simulator's default options
 * (`conditionTypeMismatch: error`, `conditionNonBoolean: nullIsFalse`): an ordering comparison between literals
 * of other kinds, or against `true` / `false`, and a number or string literal where true or false is needed.
 * Null when nothing is certain to fail (a path's value is known only at run time).
 */
export function certainConditionProblem(ast: ConditionAst): Message | null {
  return operand(ast, WHOLE_CONDITION)
}

function operand(ast: ConditionAst, what: Message): Message | null {
  if (ast.kind === 'literal') return typeof ast.value === 'boolean' ? null : notBooleanText(what, ast.value)
  if (ast.kind === 'path') return null
  if (ast.kind === 'compare') return comparison(ast)
  const op = ast.kind === 'and' ? '&&' : '||'
  const [first, ...rest] = chainOperands(ast)
  const problem = operand(first!, sideOf(op, true))
  if (problem) return problem
  for (const next of rest) {
    const later = operand(next, sideOf(op, false))
    if (later) return later
  }
  return null
}

function comparison(ast: ConditionAst & { kind: 'compare' }): Message | null {
  if (ast.op === '==' || ast.op === '!=') return null
  const { left, right } = ast
  const literal = (n: ConditionAst) => (n.kind === 'literal' ? n.value : undefined)
  const a = literal(left)
  const b = literal(right)
  const orderable = (v: unknown) => typeof v === 'number' || typeof v === 'string'
  if (a !== undefined && b !== undefined) return typeof a === typeof b && orderable(a) ? null : compareMismatchText(a, ast.op, b)
  // A boolean never orders, whatever the path on the other side holds (named by its text: its value comes at run time).
  const side = (n: ConditionAst) => (n.kind === 'path' ? n.path.text : showValue(literal(n)))
  if (typeof a === 'boolean' || typeof b === 'boolean') return mismatchText(side(left), ast.op, side(right))
  return null
}
