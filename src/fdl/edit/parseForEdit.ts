import type { EditableDocument } from './EditableDocument.ts'
import { readYaml } from '../parse/readYaml.ts'

/** Parses text the way `parseFdl` does, so ranges and values agree with the model. */
export function parseForEdit(text: string): EditableDocument {
  return { text, document: readYaml(text).document }
}
