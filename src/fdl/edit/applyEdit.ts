import type { EditCommand } from './EditCommand.ts'

/** The one text replacement that turns the old text into the new (for Monaco's `executeEdits`). */
export interface TextChange {
  readonly offset: number
  readonly deleteLength: number
  readonly insertText: string
}

/** The result of a command: the new text and what changed, or why the command does not apply. */
export type EditOutcome =
  | { readonly ok: true; readonly text: string; readonly change: TextChange | null }
  | { readonly ok: false; readonly reason: string }

/**
 * Applies one edit command to FDL text through the yaml Document, so everything the command does not touch
 * stays byte-identical. Undo is applying the previous text.
 */
export function applyEdit(text: string, command: EditCommand): EditOutcome {
  // Implemented under issue 2 (lossless edits); this placeholder keeps dependants compiling meanwhile.
  return { ok: false, reason: `${command.type} is not implemented yet (text of ${text.length} characters unchanged)` }
}
