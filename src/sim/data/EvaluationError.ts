/**
 * A data-flow expression that cannot be evaluated (bad path syntax, a missing key under the `error` policy, a
 * condition comparing incompatible types). The engine turns it into a step failure named by
 * `SimOptions.runtimeErrorName`; previews show its message next to the row.
 */
export class EvaluationError extends Error {
  override readonly name = 'EvaluationError'
}
