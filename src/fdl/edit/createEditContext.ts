import { isMap } from 'yaml'
import { msg } from '../../i18n/Message.ts'
import type { EditContext, Reason } from './EditContext.ts'
import type { EditableDocument } from './EditableDocument.ts'
import { SourceText } from './text/SourceText.ts'

/** The context commands run in, or why no command can run on this document (a sentence for the user). */
export function createEditContext(source: EditableDocument): EditContext | Reason {
  const { text, document } = source
  if (document.errors.length > 0) return { reason: msg('The YAML has syntax errors; fix them in the code first.') }
  if (!isMap(document.contents)) return { reason: msg('The document is not a flow: its top level must be a mapping with `version`, `type` and `steps`.') }
  return { src: new SourceText(text), doc: document }
}
