/**
 * One row of `inputMappings` / `outputMappings` / `errorMappings`. `source` is a path when it is a string
 * starting with `$input`, `$local` or `$context`, otherwise a constant of any JSON type (REFERENCE §3.3).
 */
export interface Mapping {
  readonly target: string
  readonly source: unknown
}
