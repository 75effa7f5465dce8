import { evaluatePath } from './evaluatePath.ts'
import { setKey } from './setKey.ts'

/**
 * The request parameters a task sends (REFERENCE §3.2 R10, §6.3): a value `$` is the whole mapped input,
 * `$.x` / `$[…]` a field of it (null when missing), anything else a constant. Only top-level values are
 * read this way; nested objects are constants, as in every documented example. Throws `EvaluationError` on
 * bad path syntax.
 */
export function resolveServiceParams(
  params: Readonly<Record<string, unknown>> | undefined,
  mappedInput: unknown,
): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!params) return out
  for (const [key, v] of Object.entries(params)) {
    if (typeof v === 'string' && (v === '$' || v.startsWith('$.') || v.startsWith('$['))) {
      const r = evaluatePath(v, { $: mappedInput })
      setKey(out, key, r.found ? r.value : null)
    } else {
      setKey(out, key, v)
    }
  }
  return out
}
