import { formatMessage, msg, type Message } from '../../i18n/Message.ts'

/** The execution input as typed, parsed: a JSON value, or why it is not one (in English, and as a message to show). */
export type ParsedInput = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string; readonly text: Message }

function notInput(text: Message): ParsedInput {
  return { ok: false, error: formatMessage(text), text }
}

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
    return notInput(msg('Not valid JSON: {reason}', { reason: e instanceof Error ? e.message : String(e) }))
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notInput(msg('The execution input must be a JSON object, e.g. {"key": "value"}.'))
  return { ok: true, value }
}
