import { chainOperands, type CompareOp, type ConditionAst } from './ConditionAst.ts'

/** A value as a condition's messages quote it: JSON, cut at 40 characters. */
export function showValue(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 40 ? `${s.slice(0, 37)}...` : s
}

/** `<`, `<=`, `>`, `>=` between values that are not two numbers or two strings (REFERENCE §4.3). */
export function compareMismatchMessage(a: unknown, op: CompareOp, b: unknown): string {
  return mismatchText(showValue(a), op, showValue(b))
}

function mismatchText(a: string, op: CompareOp, b: string): string {
  return `Cannot compare ${a} ${op} ${b}: both sides must be numbers or both strings.`
}

/** A value used as true / false that is neither (`what`: "The condition", "The left side of &&", …). */
export function notBooleanMessage(what: string, v: unknown): string {
  return `${what} is ${showValue(v)}, not true or false.`
}

/**
 * What fails in a parsed condition whatever the step input is, with the simulator's default options
 * (`conditionTypeMismatch: error`, `conditionNonBoolean: nullIsFalse`): an ordering comparison between literals
 * of other kinds, or against `true` / `false`, and a number or string literal where true or false is needed.
 * Null when nothing is certain to fail (a path's value is known only at run time).
 */
export function certainConditionProblem(ast: ConditionAst): string | null {
  return operand(ast, 'The condition')
}

function operand(ast: ConditionAst, what: string): string | null {
  if (ast.kind === 'literal') return typeof ast.value === 'boolean' ? null : notBooleanMessage(what, ast.value)
  if (ast.kind === 'path') return null
  if (ast.kind === 'compare') return comparison(ast)
  const op = ast.kind === 'and' ? '&&' : '||'
  const [first, ...rest] = chainOperands(ast)
  const problem = operand(first!, `The left side of ${op}`)
  if (problem) return problem
  for (const next of rest) {
    const later = operand(next, `The right side of ${op}`)
    if (later) return later
  }
  return null
}

function comparison(ast: ConditionAst & { kind: 'compare' }): string | null {
  if (ast.op === '==' || ast.op === '!=') return null
  const { left, right } = ast
  const literal = (n: ConditionAst) => (n.kind === 'literal' ? n.value : undefined)
  const a = literal(left)
  const b = literal(right)
  const orderable = (v: unknown) => typeof v === 'number' || typeof v === 'string'
  if (a !== undefined && b !== undefined) return typeof a === typeof b && orderable(a) ? null : compareMismatchMessage(a, ast.op, b)
  // A boolean never orders, whatever the path on the other side holds (named by its text: its value comes at run time).
  const side = (n: ConditionAst) => (n.kind === 'path' ? n.path.text : showValue(literal(n)))
  if (typeof a === 'boolean' || typeof b === 'boolean') return mismatchText(side(left), ast.op, side(right))
  return null
}
