import type { Message } from '../../../i18n/Message.ts'

/**
 * The message of an error from the FDL core or the simulator (a path or condition syntax error, an
 * evaluation error), to quote inside the inspector's own messages: its `text` when the core gives one, else
 * its English source, which the catalogue translates when it knows it.
 */
export function coreText(error: { readonly message: string; readonly text?: Message }): Message {
  return error.text ?? { text: error.message }
}
