/**
 * A form field's text while the user edits it, kept apart from the document's value, as pure transitions
 * (the `useDraft` hook only stores it). Why: the document reads typed text back normalised (`1.` as `1`),
 * and rewriting the field under the cursor would make `1.5` impossible to type.
 */
export interface DraftState {
  readonly text: string
  readonly editing: boolean
  /** The last typed text could not be sent: keep showing it (with its message) after blur. */
  readonly invalid: boolean
  /** The last typed text waits for blur to be sent (an emptied field, a key rename). */
  readonly pending: boolean
  /** Document texts our own commits produced; any other document text is someone else's change. */
  readonly committed: readonly string[]
  /** The document text this state was last reconciled with. */
  readonly seenModel: string
}

/** Not editing: the field shows the document. */
function idle(model: string): DraftState {
  return { text: model, editing: false, invalid: false, pending: false, committed: [], seenModel: model }
}

/** The transitions of a field's draft; each returns a new state. */
export const draftState = {
  idle,
  /** What the field shows. */
  shown: (s: DraftState, model: string): string => (s.editing ? s.text : model),
  /** The document changed: ours (keep typing) or someone else's, e.g. undo (adopt it). */
  reconcile: (s: DraftState, model: string): DraftState =>
    s.seenModel === model ? s : s.committed.includes(model) ? { ...s, seenModel: model } : idle(model),
  focus: (s: DraftState, model: string): DraftState => (s.editing ? s : { ...idle(model), editing: true }),
  /**
   * Text typed; `produced` is the document text the commit gives, null when the text is invalid (not
   * sent), undefined when sending waits for blur.
   */
  typed: (s: DraftState, text: string, produced: string | null | undefined): DraftState => ({
    ...s,
    text,
    editing: true,
    invalid: produced === null,
    pending: produced === undefined,
    committed: typeof produced === 'string' ? [...s.committed.slice(-20), produced] : s.committed,
  }),
  /** Focus left: valid text gives way to the document, invalid text stays with its message. */
  blur: (s: DraftState): DraftState => (s.invalid && s.text !== s.seenModel ? s : idle(s.seenModel)),
}
