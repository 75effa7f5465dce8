/**
 * The FDL JSON Schema as the code pane's YAML worker gets it. `additionalProperties: false` becomes the
 * equivalent `{ enum: [] }` (no value allowed) with a message of our own (`not: {}` would be too, but the
 * worker ignores `errorMessage` on it): yaml-language-server formats its "Property {0} is not
 * allowed." with the key as the argument, and an empty key (`: x`, a null key) makes that throw on every
 * change, so completion and schema markers stopped. The schema `fdl schema` prints is unchanged.
 */
export function editorSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(editorSchema)
  if (schema === null || typeof schema !== 'object') return schema
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(schema)) {
    out[key] = key === 'additionalProperties' && value === false ? { enum: [], errorMessage: UNKNOWN_KEY } : editorSchema(value)
  }
  return out
}

const UNKNOWN_KEY = 'Not a key FDL defines here: the service does not read it.'
