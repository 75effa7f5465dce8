import type { EditCommand } from './EditCommand.ts'
import { msg, formatMessage, type Message } from '../../i18n/Message.ts'
import { yamlMessageText } from '../parse/yamlMessageText.ts'
import { parseForEdit, createEditContext } from './EditContext.ts'
import type { EditableDocument } from './EditContext.ts'
import type { TextChange } from './text/Splice.ts'
import { commandHandler } from './commandHandler.ts'
import { applySplices } from './text/Splice.ts'
import { breaksAliases } from './yaml/flowStyle.ts'

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
