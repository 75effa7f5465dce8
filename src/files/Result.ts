import { formatMessage, msg, type MessageParams, type Message } from '../i18n/Message.ts'

/**
 * The outcome of an operation that can be refused for a reason the user must read: either the value, or a
 * message that says what went wrong and what to do. Used instead of exceptions wherever user input
 * (a file, a link, a paste) decides the outcome. `message` is the English text (logs, tests, the CLI);
 * `text` is the same message for the app to show in the person's language.
 */
export type Result<T> = { readonly ok: true; readonly value: T } | Refusal

export interface Refusal {
  readonly ok: false
  readonly message: string
  readonly text: Message
}

/** A refusal from an English source text and its values (the source is the key of the translations). */
export function refused(text: string, params?: MessageParams): Refusal {
  const message = msg(text, params)
  return { ok: false, message: formatMessage(message), text: message }
}
