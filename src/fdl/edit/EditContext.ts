import type { Document } from 'yaml'
import { msg, type Message } from '../../i18n/Message.ts'
import type { SourceText } from './text/SourceText.ts'
import type { Splice } from './text/Splice.ts'

/** What every edit step reads: the original text and its parsed document (never mutated). */
export interface EditContext {
  readonly src: SourceText
  readonly doc: Document
}

/**
 * Why an edit cannot be done: a sentence for the user, as English source and values so the app can say it
 * in the person's language. Wrapped, so that `'reason' in x` tells it from any result it stands in for.
 */
export interface Reason {
  readonly reason: Message
}

/** A state the checks before a plan rule out; said as it always was, should a bug ever reach it. */
export const UNREACHABLE: Reason = { reason: msg('unreachable') }

/** A planned edit: the splices on the original text, or the reason it cannot be done. */
export type Plan = readonly Splice[] | Reason
