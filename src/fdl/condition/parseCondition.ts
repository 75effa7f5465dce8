import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { conditionTooComplex } from '../validate/conditionLimits.ts'
import { tokenizeCondition, type ConditionSyntaxError, type ConditionToken } from './tokenizeCondition.ts'
import type { CompiledPath } from '../paths/parsePath.ts'

const COMPARE: readonly string[] = ['==', '!=', '<', '<=', '>', '>=']

/**
 * Parses a choice condition (REFERENCE §4) with conventional precedence: comparisons bind tightest, then
 * `&&`, then `||`; parentheses group. Comparisons do not chain (`a == b == c` is an error). Errors carry the
 * 1-based column and say what to write instead. Conditions past `CONDITION_LIMITS` are refused unread, which
 * bounds the parser's recursion (one level per parenthesis).
 */
export function parseCondition(text: string): { ok: true; ast: ConditionAst } | { ok: false; error: ConditionSyntaxError } {
  const tooComplex = conditionTooComplex(text)
  if (tooComplex !== null) return { ok: false, error: syntaxError(tooComplex, 1) }
  const t = tokenizeCondition(text)
  if (!t.ok) return t
  if (t.tokens.length === 1) return { ok: false, error: syntaxError(msg('The condition is empty.'), 1) }
  const p = new Parser(t.tokens)
  try {
    const ast = p.or()
    const next = p.peek()
    if (next.kind !== 'end') throw p.error(next, msg('Unexpected {token}; join conditions with && or ||.', { token: describe(next) }))
    return { ok: true, ast }
  } catch (e) {
    if (e instanceof SyntaxFailure) return { ok: false, error: syntaxError(e.text, e.column) }
    throw e
  }
}

/**
 * How a condition that does not parse is reported, by the validator before a run and by the simulator when a run
 * reaches it: one wording in both places.
 */
export function conditionSyntaxText(text: string, error: ConditionSyntaxError): Message {
  return msg('Condition `{condition}`: {problem} (column {column})', { condition: text, problem: error.text, column: error.column })
}

/** {@link conditionSyntaxText} in English. */
export function conditionSyntaxMessage(text: string, error: ConditionSyntaxError): string {
  return formatMessage(conditionSyntaxText(text, error))
}

function syntaxError(text: Message, column: number): ConditionSyntaxError {
  return { message: formatMessage(text), text, column }
}

class SyntaxFailure extends Error {
  constructor(readonly text: Message, readonly column: number) {
    super(formatMessage(text))
  }
}

class Parser {
  private pos = 0
  constructor(private readonly tokens: readonly ConditionToken[]) {}

  peek(): ConditionToken {
    return this.tokens[this.pos]!
  }

  error(tok: ConditionToken, text: Message): SyntaxFailure {
    return new SyntaxFailure(text, tok.column)
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
    if (after.kind === 'op' && COMPARE.includes(after.op)) throw this.error(after, msg('Comparisons do not chain: join them with && or ||.'))
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
      if (!(close.kind === 'op' && close.op === ')')) throw this.error(close, msg('Missing `)` for the `(` at column {column}.', { column: tok.column }))
      this.pos++
      return inner
    }
    throw this.error(tok, msg('Expected a value (a $.path, "string", number, true or false) but found {token}.', { token: describe(tok) }))
  }

  private isOp(op: string): boolean {
    const t = this.peek()
    return t.kind === 'op' && t.op === op
  }
}

function describe(tok: ConditionToken): string | Message {
  if (tok.kind === 'end') return msg('the end of the condition')
  if (tok.kind === 'op') return `\`${tok.op}\``
  if (tok.kind === 'path') return msg('the path `{path}`', { path: tok.path.text })
  return msg('the value {value}', { value: JSON.stringify(tok.value) })
}

/** A comparison operator of REFERENCE §4.1. */
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>='

/** A parsed choice condition: comparisons joined by `&&` / `||`, over literals and `$`-paths. */
export type ConditionAst =
  | { readonly kind: 'or' | 'and'; readonly left: ConditionAst; readonly right: ConditionAst }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: ConditionAst; readonly right: ConditionAst }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'path'; readonly path: CompiledPath }

/**
 * The operands of a run of `&&` (or of `||`) in order, as `a && b && c` reads: the parser builds such runs leaning
 * left, and they are walked in a loop, not by recursion, so a long chain cannot overflow the stack.
 */
export function chainOperands(ast: ConditionAst & { kind: 'and' | 'or' }): ConditionAst[] {
  const rights: ConditionAst[] = []
  let node: ConditionAst = ast
  while (node.kind === ast.kind) {
    rights.push(node.right)
    node = node.left
  }
  rights.push(node)
  return rights.reverse()
}
