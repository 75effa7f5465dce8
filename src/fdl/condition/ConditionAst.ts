import type { CompiledPath } from '../paths/parsePath.ts'

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
