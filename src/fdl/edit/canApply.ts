import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { EditCommand } from './EditCommand.ts'
import type { EditableDocument } from './EditableDocument.ts'
import { commandHandler } from './commandHandler.ts'
import { createEditContext } from './createEditContext.ts'
import { parseForEdit } from './parseForEdit.ts'
import { unknownCommand } from './applyEditToParsed.ts'

/**
 * Why `command` cannot apply to this document, or null when it can: the rule side of every command,
 * pure and cheap (no text is produced), for the UI to disable controls and explain why. Pass the parsed
 * document when there is one. Never throws.
 */
export function canApplyText(source: string | EditableDocument, command: EditCommand): Message | null {
  try {
    const ctx = createEditContext(typeof source === 'string' ? parseForEdit(source) : source)
    if ('reason' in ctx) return ctx.reason
    const bound = commandHandler(command)
    return bound ? (bound.check(ctx)?.reason ?? null) : unknownCommand(command)
  } catch (e) {
    return msg('This command does not apply here ({detail}).', { detail: e instanceof Error ? e.message : String(e) })
  }
}

/** {@link canApplyText} in English. */
export function canApply(source: string | EditableDocument, command: EditCommand): string | null {
  const reason = canApplyText(source, command)
  return reason === null ? null : formatMessage(reason)
}
