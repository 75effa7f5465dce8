import type { EditCommand } from './EditCommand.ts'
import { msg } from '../../i18n/Message.ts'
import { yamlMessageText } from '../parse/yamlMessageText.ts'
import { applyEditToParsed, refusedEdit, type EditOutcome } from './applyEditToParsed.ts'
import { parseForEdit } from './parseForEdit.ts'
import type { EditableDocument } from './EditableDocument.ts'

/**
 * Applies one edit command to FDL text through the yaml Document, so everything the command does not touch
 * stays byte-identical. Undo is applying the previous text. `change` is null when the command changes
 * nothing. Text that does not parse, a bad path or a broken rule gives `{ ok: false, reason }`; nothing
 * throws. As a safety net the result is parsed again, and an edit that would break the YAML is refused.
 * That parse is remembered, so a run of edits, each on the previous result, parses each text once.
 * Callers that hold the parsed document should use `applyEditToParsed` (no parse at all, and no check).
 */
export function applyEdit(text: string, command: EditCommand): EditOutcome {
  const before = last?.text === text ? last : parseForEdit(text)
  const outcome = applyEditToParsed(before, command)
  if (!outcome.ok || outcome.change === null) return outcome
  const after = parseForEdit(outcome.text)
  if (after.document.errors.length > 0) {
    const detail = yamlMessageText(after.document.errors[0]!.message.split('\n')[0])
    return refusedEdit(msg('The edit would break the YAML ({detail}); the text is unchanged. Please report this.', { detail }))
  }
  last = after
  return outcome
}

/** The last verified result: read-only (edits never change a Document), so sharing it is safe. */
let last: EditableDocument | null = null
