import { useState } from 'react'

/** A field's text while the user edits it, kept apart from the document's value. */
export interface Draft {
  readonly text: string
  readonly onFocus: () => void
  readonly onChange: (text: string) => void
  readonly onBlur: () => void
  /** Sends the current text now (Enter in a field that commits on blur). */
  readonly flush: () => void
}

interface DraftState {
  readonly text: string
  readonly editing: boolean
  /** The last typed text could not be sent: keep showing it (with its message) after blur. */
  readonly invalid: boolean
  /** Document texts our own commits produce; any other document text is someone else's change. */
  readonly committed: readonly string[]
  readonly seenModel: string
}

const idle = (model: string): DraftState => ({ text: model, editing: false, invalid: false, committed: [], seenModel: model })

/**
 * Keeps what the user types in a form field even when the document reads it back differently (`1.` while
 * typing `1.5`), so a typing burst is never rewritten under the cursor, and adopts the document's value
 * when it changes for another reason (undo, an edit in the code pane). `commit` sends the text and returns
 * the document text it will produce, or null when the text is not sent (invalid); invalid text stays
 * visible after blur, with its message, instead of silently vanishing. With `onBlurOnly` the text is sent
 * when the field loses focus (or on `flush`), for edits that must not happen per keystroke (renaming a key).
 */
export function useDraft(model: string, commit: (text: string) => string | null, onBlurOnly = false): Draft {
  const [state, setState] = useState<DraftState>(() => idle(model))
  let current = state
  if (state.seenModel !== model) {
    current = state.committed.includes(model) ? { ...state, seenModel: model } : idle(model)
    setState(current)
  }
  const send = (text: string, leaving = false) => {
    const produced = commit(text)
    setState((s) => {
      if (leaving && produced !== null) return idle(s.seenModel)
      return {
        ...s,
        text,
        editing: true,
        invalid: produced === null,
        committed: produced === null ? s.committed : [...s.committed.slice(-20), produced],
      }
    })
  }
  return {
    text: current.editing ? current.text : model,
    onFocus: () => setState((s) => (s.editing ? s : { ...idle(model), editing: true })),
    onChange: (text) => {
      if (onBlurOnly) {
        setState((s) => ({ ...s, text, editing: true }))
        return
      }
      send(text)
    },
    onBlur: () => {
      if (onBlurOnly && current.editing && current.text !== model) send(current.text, true)
      else setState((s) => (s.invalid ? s : idle(s.seenModel)))
    },
    flush: () => {
      if (onBlurOnly && current.editing && current.text !== model) send(current.text)
    },
  }
}
