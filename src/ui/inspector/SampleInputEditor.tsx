import { useId, useState } from 'react'
import { useT } from '../i18n/language.ts'
import { msg, type Message } from '../../i18n/Message.ts'

/** Props of {@link SampleInputEditor}. */
export interface SampleInputEditorProps {
  readonly text: string
  /** The JSON error of `text`, or null when it parses. */
  readonly error: Message | null
  readonly onChange: (text: string) => void
}

/** The example execution input used by the mapping preview and the `Source` completions, typed as JSON. */
export function SampleInputEditor({ text, error, onChange }: SampleInputEditorProps) {
  const id = useId()
  const t = useT()
  return (
    <div className="insp-field">
      <label htmlFor={id} className="insp-label">{t('Sample input')}</label>
      <textarea
        id={id}
        className="insp-input insp-mono insp-textarea"
        value={text}
        rows={Math.min(8, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={`${id}-msg`} className={error ? 'insp-msg insp-error' : 'insp-hint'}>
        {error ? t.message(error) : t('JSON. Used for the preview below and for Source completions; not part of the flow.')}
      </p>
    </div>
  )
}

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
