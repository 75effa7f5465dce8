import type { Document } from 'yaml'
import type { SourceText } from './text/SourceText.ts'
import type { Splice } from './text/Splice.ts'

/** What every edit step reads: the original text and its parsed document (never mutated). */
export interface EditContext {
  readonly src: SourceText
  readonly doc: Document
}

/** A planned edit: the splices on the original text, or the reason it cannot be done (a sentence for the user). */
export type Plan = readonly Splice[] | string
