import type { Document } from 'yaml'
import { msg, type Message } from '../../i18n/Message.ts'
import type { Splice } from './text/Splice.ts'
import { isMap } from 'yaml'
import { SourceText } from './text/SourceText.ts'
import { readYaml } from '../parse/parseFdl.ts'

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

/**
 * A text with its parsed `yaml` Document, e.g. a `ParsedFdl`. Passing one saves the edit a parse: the
 * store has just parsed the text for the canvas anyway. The document is only read, never changed.
 */
export interface EditableDocument {
  readonly text: string
  readonly document: Document
}

/** The context commands run in, or why no command can run on this document (a sentence for the user). */
export function createEditContext(source: EditableDocument): EditContext | Reason {
  const { text, document } = source
  if (document.errors.length > 0) return { reason: msg('The YAML has syntax errors; fix them in the code first.') }
  if (!isMap(document.contents)) return { reason: msg('The document is not a flow: its top level must be a mapping with `version`, `type` and `steps`.') }
  return { src: new SourceText(text), doc: document }
}

/** Parses text the way `parseFdl` does, so ranges and values agree with the model. */
export function parseForEdit(text: string): EditableDocument {
  return { text, document: readYaml(text).document }
}
