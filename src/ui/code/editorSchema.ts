/**
 * The FDL JSON Schema as the code pane's YAML worker gets it. `additionalProperties: false` becomes the
 * equivalent `{ enum: [] }` (no value allowed) with a message of our own (`not: {}` would be too, but the
 * worker ignores `errorMessage` on it): yaml-language-server formats its "Property {0} is not
 * allowed." with the key as the argument, and an empty key (`: x`, a null key) makes that throw on every
 * change, so completion and schema markers stopped. The schema `fdl schema` prints is unchanged.
 *
 * `say` turns our own texts (titles, descriptions, that message) into the UI language, so hover and completion
 * explain keys in it; the worker's own messages ("Incorrect type…") are yaml-language-server's and stay English.
 */
export function editorSchema(schema: unknown, say: (text: string) => string = (text) => text): unknown {
  if (Array.isArray(schema)) return schema.map((item) => editorSchema(item, say))
  if (schema === null || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'additionalProperties' && value === false) out[key] = { enum: [], errorMessage: say(UNKNOWN_KEY) }
    // A string under these keys is prose; a property that happens to be called `title` has a schema object instead.
    else if (PROSE_KEYS.has(key) && typeof value === 'string') out[key] = say(value)
    else out[key] = editorSchema(value, say)
  }
  return out
}

/** The schema keywords whose values are text for a person. */
export const PROSE_KEYS: ReadonlySet<string> = new Set(['title', 'description', 'errorMessage'])

export const UNKNOWN_KEY = 'Not a key FDL defines here: the service does not read it.'
