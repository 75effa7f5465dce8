import { useState } from 'react'
import { msg, type Message } from '../../i18n/Message.ts'
import { checkSimOptionText } from '../../sim/scenario/scenarioChecks.ts'
import { SIM_OPTION_INFO, DEFAULT_SIM_OPTIONS, type SimOptions } from '../../sim/SimOptions.ts'
import { useT } from '../i18n/language.ts'
import { readOptionDraft } from './readOptionDraft.ts'

interface Props {
  readonly name: keyof SimOptions
  /** The scenario's `options`, which may hold a value that is not valid (typed into the scenario's YAML). */
  readonly options: Readonly<Record<string, unknown>>
  readonly describedBy: string
  readonly errorId: string
  /** Stores a value; `undefined` puts the default back. */
  readonly onCommit: (value: unknown) => void
}

/**
 * A number or name option. What is typed stays a draft until Enter or leaving the field, so a value that passes
 * through the default on its way (typing 1000 where 100 is the default) is not taken early and wiped from the
 * field. A value that is out of range is not stored; the field keeps it and says why (an alert: the user just
 * did it). A stored value that is wrong (from a scenario file) is described quietly, quoted when the field cannot
 * show it: it is announced when the field is reached, not the moment it loads. Escape drops the draft; so does a
 * change of the options from elsewhere (the editor then mounts the field afresh).
 */
export function SimOptionField({ name, options, describedBy, errorId, onCommit }: Props) {
  const t = useT()
  const [draft, setDraft] = useState<string | null>(null)
  // Why the typed value was refused.
  const [error, setError] = useState<Message | null>(null)
  const info = SIM_OPTION_INFO[name]
  const range = info.range
  const fallback = DEFAULT_SIM_OPTIONS[name]
  const stored = Object.hasOwn(options, name) ? options[name] : undefined
  const storedProblem = stored === undefined ? null : checkSimOptionText(name, stored)
  const shown = draft ?? (stored === undefined || stored === null ? '' : String(stored))
  // A number field shows a stored "lots" as empty, so the message quotes what the scenario holds.
  const unshowable = range !== undefined && stored !== null && !(typeof stored === 'number' && Number.isFinite(stored))
  const storedMessage = storedProblem === null
    ? null
    : unshowable
      ? msg('The scenario has {name}: {value}; it {problem}.', { name, value: typeof stored === 'number' ? String(stored) : JSON.stringify(stored), problem: storedProblem })
      : msg('{name} {problem}', { name, problem: storedProblem })
  const message = error ?? (draft === null ? storedMessage : null)

  const commit = (input: HTMLInputElement) => {
    if (draft === null) return
    if (input.validity.badInput) return setError(msg('{name} must be a number', { name }))
    const read = readOptionDraft(name, draft)
    if ('error' in read) return setError(read.text)
    onCommit(read.value)
    setDraft(null)
    setError(null)
  }
  return (
    <>
      <div className="sim-option-head">
        <code className="sim-option-name">{name}</code>
        <input
          aria-label={name}
          aria-describedby={message ? `${errorId} ${describedBy}` : describedBy}
          aria-invalid={message ? true : undefined}
          className={range ? 'sim-input sim-number' : 'sim-input'}
          spellCheck={false}
          {...(range
            ? { type: 'number', min: range.min, max: range.max, step: range.integer ? 1 : 'any' }
            : { type: 'text' })}
          placeholder={fallback === null ? t('none') : fallback === '' ? t('(empty)') : String(fallback)}
          value={shown}
          onChange={(e) => {
            setDraft(e.target.value)
            setError(null)
          }}
          onBlur={(e) => commit(e.currentTarget)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit(e.currentTarget)
            else if (e.key === 'Escape' && draft !== null) {
              e.stopPropagation() // the draft only, not the panel or a dialog around it
              setDraft(null)
              setError(null)
            }
          }}
        />
      </div>
      {message ? (
        <p id={errorId} className="sim-msg sim-error sim-option-error" role={error ? 'alert' : undefined}>
          {t.message(message)}
        </p>
      ) : null}
    </>
  )
}
