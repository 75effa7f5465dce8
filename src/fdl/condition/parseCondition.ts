import { conditionTooComplex } from '../validate/conditionLimits.ts'
import type { CompareOp, ConditionAst } from './ConditionAst.ts'
import { tokenizeCondition, type ConditionSyntaxError, type ConditionToken } from './tokenizeCondition.ts'

const COMPARE: readonly string[] = ['==', '!=', '<', '<=', '>', '>=']

/**
 * Parses a choice condition (REFERENCE §4) with conventional precedence: comparisons bind tightest, then
 * `&&`, then `||`; parentheses group. Comparisons do not chain (`a == b == c` is an error). Errors carry the
 * 1-based column and say what to write instead. Conditions past `CONDITION_LIMITS` are refused unread, which
 * bounds the parser's recursion (one level per parenthesis).
 */
export function parseCondition(text: string): { ok: true; ast: ConditionAst } | { ok: false; error: ConditionSyntaxError } {
  const tooComplex = conditionTooComplex(text)
  if (tooComplex !== null) return { ok: false, error: { message: tooComplex, column: 1 } }
  const t = tokenizeCondition(text)
  if (!t.ok) return t
  if (t.tokens.length === 1) return { ok: false, error: { message: 'The condition is empty.', column: 1 } }
  const p = new Parser(t.tokens)
  try {
    const ast = p.or()
    const next = p.peek()
    if (next.kind !== 'end') throw p.error(next, `Unexpected ${describe(next)}; join conditions with && or ||.`)
    return { ok: true, ast }
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: { message: e.message, column: e.column } }
    throw e
  }
}

/**
 * How a condition that does not parse is reported, by the validator before a run and by the simulator when a run
 * reaches it: one wording in both places.
 */
export function conditionSyntaxMessage(text: string, error: ConditionSyntaxError): string {
  return `Condition \`${text}\`: ${error.message} (column ${error.column})`
}

class SyntaxFailure extends Error {
  constructor(message: string, readonly column: number) {
    super(message)
  }
}

class Parser {
  private pos = 0
  constructor(private readonly tokens: readonly ConditionToken[]) {}

  peek(): ConditionToken {
    return this.tokens[this.pos]!
  }

  error(tok: ConditionToken, message: string): SyntaxFailure {
    return new SyntaxFailure(message, tok.column)
  }

  or(): ConditionAst {
    let left = this.and()
    while (this.isOp('||')) {
      this.pos++
      left = { kind: 'or', left, right: this.and() }
    }
    return left
  }

  and(): ConditionAst {
    let left = this.compare()
    while (this.isOp('&&')) {
      this.pos++
      left = { kind: 'and', left, right: this.compare() }
    }
    return left
  }

  compare(): ConditionAst {
    const left = this.primary()
    const tok = this.peek()
    if (tok.kind !== 'op' || !COMPARE.includes(tok.op)) return left
    this.pos++
    const right = this.primary()
    const after = this.peek()
    if (after.kind === 'op' && COMPARE.includes(after.op)) throw this.error(after, 'Comparisons do not chain: join them with && or ||.')
    return { kind: 'compare', op: tok.op as CompareOp, left, right }
  }

  primary(): ConditionAst {
    const tok = this.peek()
    if (tok.kind === 'literal') {
      this.pos++
      return { kind: 'literal', value: tok.value }
    }
    if (tok.kind === 'path') {
      this.pos++
      return { kind: 'path', path: tok.path }
    }
    if (tok.kind === 'op' && tok.op === '(') {
      this.pos++
      const inner = this.or()
      const close = this.peek()
      if (!(close.kind === 'op' && close.op === ')')) throw this.error(close, `Missing \`)\` for the \`(\` at column ${tok.column}.`)
      this.pos++
      return inner
    }
    throw this.error(tok, `Expected a value (a $.path, "string", number, true or false) but found ${describe(tok)}.`)
  }

  private isOp(op: string): boolean {
    const t = this.peek()
    return t.kind === 'op' && t.op === op
  }
}

function describe(tok: ConditionToken): string {
  if (tok.kind === 'end') return 'the end of the condition'
  if (tok.kind === 'op') return `\`${tok.op}\``
  if (tok.kind === 'path') return `the path \`${tok.path.text}\``
  return `the value ${JSON.stringify(tok.value)}`
}
