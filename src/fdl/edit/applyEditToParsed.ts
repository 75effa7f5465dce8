import type { EditCommand } from './EditCommand.ts'
import type { TextChange } from './text/Splice.ts'
import type { EditableDocument } from './EditableDocument.ts'
import { commandHandler } from './commandHandler.ts'
import { createEditContext } from './createEditContext.ts'
import { applySplices } from './text/applySplices.ts'
import { breaksAliases } from './yaml/breaksAliases.ts'

/** The result of a command: the new text and what changed, or why the command does not apply. */
export type EditOutcome =
  | { readonly ok: true; readonly text: string; readonly change: TextChange | null }
  | { readonly ok: false; readonly reason: string }

/**
 * {@link applyEdit} on an already parsed document: the fast path for the store, which parses every text
 * for the canvas anyway (and so sees any problem in the result through its diagnostics). Checks the
 * command's rule, plans splices on the original text and applies them; never throws. An edit that would
 * leave an alias without its anchor is refused here, since no parse reports it.
 */
export function applyEditToParsed(source: EditableDocument, command: EditCommand): EditOutcome {
  try {
    const ctx = createEditContext(source)
    if (typeof ctx === 'string') return { ok: false, reason: ctx }
    const bound = commandHandler(command)
    if (!bound) return { ok: false, reason: `Unknown command ${String((command as { type?: unknown })?.type)}.` }
    const reason = bound.check(ctx)
    if (reason) return { ok: false, reason }
    const plan = bound.plan(ctx)
    if (typeof plan === 'string') return { ok: false, reason: plan }
    const { text, change } = applySplices(source.text, plan)
    const broken = breaksAliases(source, text)
    if (broken) return { ok: false, reason: broken }
    return { ok: true, text, change }
  } catch (e) {
    return { ok: false, reason: `The edit could not be applied (${e instanceof Error ? e.message : String(e)}); the text is unchanged.` }
  }
}
