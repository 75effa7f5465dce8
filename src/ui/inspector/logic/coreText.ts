import type { Message } from '../../../i18n/Message.ts'

/**
 * The message of a simulator's evaluation error (a path or condition that cannot be evaluated), to quote inside
 * the inspector's own messages: its `text`, or for the few errors only the engine makes (a wait step's
 * duration), its English, which the catalogue translates when it knows it.
 */
export function coreText(error: { readonly message: string; readonly text?: Message }): Message {
  return error.text ?? { text: error.message }
}
