import { msg, type Message } from '../../i18n/Message.ts'

/**
 * Text that has no translation, as a message: a step name, a file's own words, a resource ARN. Lists of messages
 * can hold it beside translated ones; every language shows it as it is.
 */
export function untranslated(text: string): Message {
  return msg('{text}', { text })
}
