/** How a mapping `source` will be read by the service (REFERENCE §3.3). */
export type SourceKind = 'path' | 'constant' | 'unconfirmed-path'

/**
 * A string starting with `$input`, `$local` or `$context` is a path, anything else a constant; `$.x` is
 * seen in one official doc but its meaning in mappings is unconfirmed, so the form flags it.
 */
export function classifySource(source: unknown): SourceKind {
  if (typeof source !== 'string') return 'constant'
  if (/^\$(input|local|context)(?![A-Za-z0-9_])/.test(source)) return 'path'
  if (source.startsWith('$')) return 'unconfirmed-path'
  return 'constant'
}
