import { useState } from 'react'
import { msg, type Message } from '../../i18n/Message.ts'

/** The sample input as the user types it, and what it parses to. */
export interface SampleInput {
  readonly text: string
  readonly value: unknown
  readonly error: Message | null
  readonly setText: (text: string) => void
}

interface State {
  readonly text: string
  readonly value: unknown
  readonly error: Message | null
  readonly seen: unknown
}

/** Readable JSON of the shell's sample input. */
function show(value: unknown): string {
  return JSON.stringify(value ?? {}, null, 2) ?? '{}'
}

/**
 * Keeps the sample input's text in the inspector (so a half-typed JSON is never lost), uses the last
 * value that parsed while it does not, reports parsed values up through `onChange` when the shell
 * listens, and follows the shell's value when that changes (a scenario was loaded).
 */
export function useSampleInput(fromShell: unknown, onChange?: (value: unknown) => void): SampleInput {
  const [state, setState] = useState<State>({ text: show(fromShell), value: fromShell ?? {}, error: null, seen: fromShell })
  let current = state
  if (state.seen !== fromShell) {
    current = fromShell === state.value ? { ...state, seen: fromShell } : { text: show(fromShell), value: fromShell ?? {}, error: null, seen: fromShell }
    setState(current)
  }
  const setText = (text: string) => {
    try {
      const value = JSON.parse(text) as unknown
      setState((s) => ({ ...s, text, value, error: null }))
      onChange?.(value)
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e)
      setState((s) => ({ ...s, text, error: msg('Not valid JSON: {detail}', { detail: message }) }))
    }
  }
  return { text: current.text, value: current.value, error: current.error, setText }
}
