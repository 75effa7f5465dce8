import { isMap } from 'yaml'
import type { EditContext } from './EditContext.ts'
import type { EditableDocument } from './EditableDocument.ts'
import { SourceText } from './text/SourceText.ts'

/** The context commands run in, or why no command can run on this document (a sentence for the user). */
export function createEditContext(source: EditableDocument): EditContext | string {
  const { text, document } = source
  if (document.errors.length > 0) return 'The YAML has syntax errors; fix them in the code first.'
  if (!isMap(document.contents)) return 'The document is not a flow: its top level must be a mapping with `version`, `type` and `steps`.'
  return { src: new SourceText(text), doc: document }
}
