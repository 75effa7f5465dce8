import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml'

/**
 * How every reader of flow text parses it, so values and ranges agree between the model, the edit commands
 * and the formatter: YAML 1.2 (an unquoted `2019-05-02T15:04:05Z` stays a string, as the service reads it),
 * no source tokens kept. Duplicate keys are errors, found by `parseYamlDocument` in one pass rather than by
 * the library's quadratic `uniqueKeys`.
 */
export const YAML_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.2',
  uniqueKeys: false,
  prettyErrors: false,
  keepSourceTokens: false,
}
