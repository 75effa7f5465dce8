import type { EditCommand } from './EditCommand.ts'
import type { EditableDocument } from './EditableDocument.ts'
import { commandHandler } from './commandHandler.ts'
import { createEditContext } from './createEditContext.ts'
import { parseForEdit } from './parseForEdit.ts'

/**
 * Why `command` cannot apply to this document, or null when it can: the rule side of every command,
 * pure and cheap (no text is produced), for the UI to disable controls and explain why. Pass the parsed
 * document when there is one. Never throws.
 */
export function canApply(source: string | EditableDocument, command: EditCommand): string | null {
  try {
    const ctx = createEditContext(typeof source === 'string' ? parseForEdit(source) : source)
    if (typeof ctx === 'string') return ctx
    const bound = commandHandler(command)
    return bound ? bound.check(ctx) : `Unknown command ${String((command as { type?: unknown })?.type)}.`
  } catch (e) {
    return `This command does not apply here (${e instanceof Error ? e.message : String(e)}).`
  }
}
