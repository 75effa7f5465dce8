import type { Message } from '../../i18n/Message.ts'
import type { Translate } from '../i18n/language.ts'

/**
 * Text the canvas draws: a `Message` in the app's own words (translated), or a string from the document
 * (a condition, an ARN, a type the document declares) shown exactly as written in every language.
 */
export type CanvasText = Message | string

/** The text in the current language; the document's own strings never go through the catalogue. */
export function sayCanvasText(t: Translate, text: CanvasText): string {
  return typeof text === 'string' ? text : t.message(text)
}
