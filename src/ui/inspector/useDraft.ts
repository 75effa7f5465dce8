import { useState } from 'react'
import { draftState, type DraftState } from './logic/draftState.ts'

/** A field's text while the user edits it, and the handlers that keep it. */
export interface Draft {
  readonly text: string
  readonly onFocus: () => void
  readonly onChange: (text: string) => void
  readonly onBlur: () => void
  /** Sends the current text now (Enter in a field that commits on blur). */
  readonly flush: () => void
}

/**
 * Sends a field's text: returns the document text it produces, null when the text is invalid (not sent), or
 * undefined to wait until the field loses focus (`final` is then true). Waiting is for edits that must not
 * happen mid-typing: emptying a field removes its key (and the key's comment), renaming a key moves it.
 */
export type Commit = (text: string, final: boolean) => string | null | undefined

/** Keeps what the user types in a form field (see `draftState`) and sends it through `commit`. */
export function useDraft(model: string, commit: Commit): Draft {
  const [state, setState] = useState<DraftState>(() => draftState.idle(model))
  let current = state
  if (state.seenModel !== model) {
    current = draftState.reconcile(state, model)
    setState(current)
  }
  const send = (text: string, final: boolean) => {
    const produced = commit(text, final)
    setState((s) => draftState.typed(s, text, produced))
  }
  return {
    text: draftState.shown(current, model),
    onFocus: () => setState((s) => draftState.focus(s, model)),
    onChange: (text) => send(text, false),
    onBlur: () => {
      if (current.pending) send(current.text, true)
      setState((s) => draftState.blur(s))
    },
    flush: () => {
      if (current.pending) send(current.text, true)
    },
  }
}
