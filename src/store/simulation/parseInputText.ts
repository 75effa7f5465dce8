/** The execution input as typed, parsed: a JSON value, or why it is not one. */
export type ParsedInput = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string }

/**
 * Parses the execution input editor's text. The service takes a JSON object as input, so anything else is
 * refused with a message the editor shows under the field; the text itself is never changed.
 */
export function parseInputText(text: string): ParsedInput {
  if (text.trim() === '') return { ok: true, value: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return { ok: false, error: `Not valid JSON: ${e instanceof Error ? e.message : String(e)}` }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { ok: false, error: 'The execution input must be a JSON object, e.g. {"key": "value"}.' }
  return { ok: true, value }
}
