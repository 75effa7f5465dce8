import { EvaluationError } from '../data/EvaluationError.ts'
import type { ConditionAst } from '../../fdl/condition/parseCondition.ts'
import { conditionSyntaxText, parseCondition } from '../../fdl/condition/parseCondition.ts'

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
