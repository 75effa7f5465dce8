import type { CompiledPath } from '../paths/parsePath.ts'

/** A comparison operator of REFERENCE §4.1. */
export type CompareOp = '==' | '!=' | '<' | '<=' | '>' | '>='

/** A parsed choice condition: comparisons joined by `&&` / `||`, over literals and `$`-paths. */
export type ConditionAst =
  | { readonly kind: 'or' | 'and'; readonly left: ConditionAst; readonly right: ConditionAst }
  | { readonly kind: 'compare'; readonly op: CompareOp; readonly left: ConditionAst; readonly right: ConditionAst }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'path'; readonly path: CompiledPath }
