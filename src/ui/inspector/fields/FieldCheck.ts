import type { Message } from '../../../i18n/Message.ts'

/**
 * What a field says about its text: a blocking error (not sent) or an advisory warning (sent). Messages, not
 * strings, so the checks stay plain functions and the field says them in the person's language.
 */
export interface FieldCheck {
  readonly error?: Message
  readonly warning?: Message
}
