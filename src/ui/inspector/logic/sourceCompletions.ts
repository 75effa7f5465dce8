/** What every `Source` field offers, before the fields seen in the sample input (REFERENCE §3.4, §3.5). */
const BASE = ['$input.', '$local.', '$context.task.token', '$context.execution.name', '$context.flow.name']
/** Enough suggestions to be useful without flooding the list for a large sample. */
const MAX_FIELDS = 60

/**
 * Completions for a mapping `Source`: the scopes and context values, then `$input.<key>` for the fields of
 * the sample input (nested objects one level deeper), so the user picks real field names instead of
 * guessing them.
 */
export function sourceCompletions(sampleInput: unknown): readonly string[] {
  const fields: string[] = []
  const walk = (value: unknown, prefix: string, depth: number) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return
    for (const [key, child] of Object.entries(value)) {
      if (fields.length >= MAX_FIELDS) return
      const path = /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${prefix}.${key}` : `${prefix}["${key.replace(/["\\]/g, '\\$&')}"]`
      fields.push(path)
      if (depth < 1) walk(child, path, depth + 1)
    }
  }
  walk(sampleInput, '$input', 0)
  return [...BASE, ...fields]
}
