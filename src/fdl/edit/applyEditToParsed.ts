import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { EditCommand } from './EditCommand.ts'
import type { TextChange } from './text/Splice.ts'
import type { EditableDocument } from './EditableDocument.ts'
import { commandHandler } from './commandHandler.ts'
import { createEditContext } from './createEditContext.ts'
import { applySplices } from './text/applySplices.ts'
import { breaksAliases } from './yaml/breaksAliases.ts'

/**
 * The result of a command: the new text and what changed, or why the command does not apply (`reason` in
 * English, `text` the same for the app to say in the person's language).
 */
export type EditOutcome =
  | { readonly ok: true; readonly text: string; readonly change: TextChange | null }
  | { readonly ok: false; readonly reason: string; readonly text: Message }

/** The refusal of a command for this reason. */
export function refusedEdit(reason: Message): EditOutcome {
  return { ok: false, reason: formatMessage(reason), text: reason }
}

/**
 * {@link applyEdit} on an already parsed document: the fast path for the store, which parses every text
 * for the canvas anyway (and so sees any problem in the result through its diagnostics). Checks the
 * command's rule, plans splices on the original text and applies them; never throws. An edit that would
 * leave an alias without its anchor is refused here, since no parse reports it.
 */
export function applyEditToParsed(source: EditableDocument, command: EditCommand): EditOutcome {
  try {
    const ctx = createEditContext(source)
    if ('reason' in ctx) return refusedEdit(ctx.reason)
    const bound = commandHandler(command)
    if (!bound) return refusedEdit(unknownCommand(command))
    const refusal = bound.check(ctx)
    if (refusal) return refusedEdit(refusal.reason)
    const plan = bound.plan(ctx)
    if ('reason' in plan) return refusedEdit(plan.reason)
    const { text, change } = applySplices(source.text, plan)
    const broken = breaksAliases(source, text)
    if (broken) return refusedEdit(broken.reason)
    return { ok: true, text, change }
  } catch (e) {
    return refusedEdit(msg('The edit could not be applied ({detail}); the text is unchanged.', { detail: e instanceof Error ? e.message : String(e) }))
  }
}

/** A command this version does not know (data from elsewhere: an old link, a script). */
export function unknownCommand(command: EditCommand): Message {
  return msg('Unknown command {type}.', { type: String((command as { type?: unknown })?.type) })
}
