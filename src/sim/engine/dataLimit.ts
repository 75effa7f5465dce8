import { jsonBytes } from '../util/utf8Length.ts'
import type { SimContext } from './SimContext.ts'

/** Error of data over the service's limits (REFERENCE §11; the name is not documented). */
export const DATA_LIMIT_ERROR = 'FnF.DataLimitExceeded'

/**
 * Why a step's data is over `stepDataLimitBytes` (REFERENCE §11: input + output + local of one step ≤ 32 KiB), or
 * null when it is within it (or the limit is off). `parts` are the values that exist so far, measured as the service
 * stores them: UTF-8 bytes of compact JSON. It is checked when the data exists: the input as the step is entered,
 * a task's result as it arrives, a container's `$local` as each branch or iteration ends, the output at the end.
 */
export function overStepLimit(ctx: SimContext, stepName: string, what: string, ...parts: unknown[]): string | null {
  const limit = ctx.options.stepDataLimitBytes
  if (limit <= 0) return null
  let bytes = 0
  for (const p of parts) bytes += dataBytes(p)
  return bytes > limit ? dataCause(stepName, what, bytes, limit) : null
}

/** The cause text for data over the step limit. */
export function dataCause(stepName: string, what: string, bytes: number, limit: number): string {
  return `Step ${stepName}: ${what} ${bytes} bytes, over the ${limit}-byte data limit of a step (UTF-8 JSON).`
}

/**
 * Sizes of values already measured. The engine never changes a value once it is made (mappings, merges and
 * results build new objects), so a value is measured once however often it is checked: a task's input is checked
 * as it enters, when its result arrives and as it ends, and its result is often its output too. Weak, so the
 * values of finished runs are freed as before; without it a third of a long run's time was JSON.stringify.
 */
const measured = new WeakMap<object, number>()

function dataBytes(value: unknown): number {
  if (typeof value !== 'object' || value === null) return jsonBytes(value)
  let bytes = measured.get(value)
  if (bytes === undefined) {
    bytes = jsonBytes(value)
    measured.set(value, bytes)
  }
  return bytes
}
