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
 * Keeps what the user types in a form field (see `draftState`). `commit` sends the text and returns the
 * document text it produces, or null when the text is not sent (invalid). With `onBlurOnly` the text is
 * sent when the field loses focus (or on `flush`), for edits that must not happen per keystroke (renaming
 * a key, which moves it).
 */
export function useDraft(model: string, commit: (text: string) => string | null, onBlurOnly = false): Draft {
  const [state, setState] = useState<DraftState>(() => draftState.idle(model))
  let current = state
  if (state.seenModel !== model) {
    current = draftState.reconcile(state, model)
    setState(current)
  }
  const send = (text: string) => {
    const produced = commit(text)
    setState((s) => draftState.typed(s, text, produced))
  }
  const pending = () => onBlurOnly && current.editing && current.text !== model
  return {
    text: draftState.shown(current, model),
    onFocus: () => setState((s) => draftState.focus(s, model)),
    onChange: (text) => (onBlurOnly ? setState((s) => draftState.typed(s, text, null)) : send(text)),
    onBlur: () => {
      if (pending()) send(current.text)
      setState((s) => draftState.blur(s))
    },
    flush: () => {
      if (pending()) send(current.text)
    },
  }
}
