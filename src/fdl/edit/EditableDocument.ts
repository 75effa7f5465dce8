import type { Document } from 'yaml'

/**
 * A text with its parsed `yaml` Document, e.g. a `ParsedFdl`. Passing one saves the edit a parse: the
 * store has just parsed the text for the canvas anyway. The document is only read, never changed.
 */
export interface EditableDocument {
  readonly text: string
  readonly document: Document
}
