import { msg, type Message } from '../../i18n/Message.ts'
import type { Translate } from '../i18n/language.ts'

/**
 * A document's name for a message: the app's own default names, which documents made in English (or opened
 * from a file called `.yaml`, or a damaged record) keep as data, are words to show in the current language;
 * every other name is the user's and is shown as it is. Compared one by one: the name is user data, never a
 * catalogue key (a flow called "Delete" stays "Delete").
 */
export function documentNameText(name: string): string | Message {
  if (name === 'Untitled flow') return msg('Untitled flow')
  if (name === 'Shared flow') return msg('Shared flow')
  return name
}

/** A document's name as shown, in the current language when it is one of the app's default names. */
export function shownDocumentName(name: string, t: Translate): string {
  const text = documentNameText(name)
  return typeof text === 'string' ? text : t.message(text)
}
