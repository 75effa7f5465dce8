import { parseDocument } from 'yaml'
import type { EditableDocument } from './EditableDocument.ts'

/** Parses text the way `parseFdl` does (YAML 1.2, unique keys), so ranges and values agree with the model. */
export function parseForEdit(text: string): EditableDocument {
  return { text, document: parseDocument(text, { prettyErrors: false, version: '1.2', uniqueKeys: true, keepSourceTokens: false }) }
}
