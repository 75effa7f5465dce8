import { useId, useState, type ReactNode } from 'react'
import { SIM_OPTION_INFO, type SimOptionInfo, DEFAULT_SIM_OPTIONS, type SimOptions } from '../../sim/SimOptions.ts'
import { useT } from '../i18n/language.ts'
import { useSimulation, useSimulationApi } from './useSimulation.ts'
import { msg, type Message, formatMessage } from '../../i18n/Message.ts'
import { checkSimOptionText } from '../../sim/scenario/scenarioChecks.ts'

type Key = keyof SimOptions

const KEYS = Object.keys(SIM_OPTION_INFO) as Key[]

/** `a \`b\` c` with the backticked parts as code, as the option texts are written. */
function withCode(text: string): ReactNode[] {
  return text.split('`').map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))
}

/** Where an option is discussed: sections as written (`REFERENCE §3.3`, `CONTRACTS §3`), words in the person's language. */
function referenceText(reference: SimOptionInfo['reference'], say: (m: Message) => string): string {
  if (typeof reference !== 'string') return say(reference)
  return reference.startsWith('§') ? `REFERENCE ${reference}` : reference
}

/**
 * The simulator's answers to what the reference leaves unconfirmed (scenario `options:`), one control per
 * option: a choice, a switch, a number or a name. Only values that differ from the default are written to the
 * scenario, so the file stays short and a default that changes later still applies. When the options change from
 * elsewhere (Reset, an opened scenario, a restored session) the number and name fields start afresh, so a draft
 * typed before does not outlive what it was typed against.
 */
export function SimOptionsEditor() {
  const id = useId()
  const api = useSimulationApi()
  const t = useT()
  const stored = useSimulation((s) => s.scenario.options)
  const options = stored ?? {}
  // The options this panel wrote last; anything else came from elsewhere, and bumps the fields' generation.
  const [own, setOwn] = useState(stored)
  const [generation, setGeneration] = useState(0)
  if (stored !== own) {
    setOwn(stored)
    setGeneration((g) => g + 1)
  }
  const changed = KEYS.filter((k) => Object.hasOwn(options, k)).length

  const set = (key: Key, value: unknown) => {
    const next: Record<string, unknown> = { ...api().scenario.options }
    if (value === undefined || value === DEFAULT_SIM_OPTIONS[key]) delete next[key]
    else next[key] = value
    const { options: _old, ...rest } = api().scenario
    const empty = Object.keys(next).length === 0
    setOwn(empty ? undefined : next)
    api().setScenario(empty ? rest : { ...rest, options: next })
  }
  const reset = () => {
    const { options: _old, ...rest } = api().scenario
    api().setScenario(rest)
  }

  return (
    <details className="sim-options">
      <summary>
        {changed > 0 ? t('Unconfirmed service behaviour ({n} changed)', { n: changed }) : t('Unconfirmed service behaviour')}
      </summary>
      <p className="sim-hint">
        {t('Where the reference cannot confirm what the service does, the simulator follows its proposal. Change an answer here to see how the flow fares the other way; it is saved with the scenario.')}
      </p>
      <button type="button" className="sim-button" onClick={reset} disabled={changed === 0}>
        {t('Reset all to defaults')}
      </button>
      <ul className="sim-option-list">
        {KEYS.map((key) => {
          const info = SIM_OPTION_INFO[key]
          const fallback = DEFAULT_SIM_OPTIONS[key]
          const value = Object.hasOwn(options, key) ? options[key] : fallback
          const described = `${id}-${key}`
          const common = { 'aria-label': key, 'aria-describedby': described }
          let control: ReactNode = null
          if (info.choices) {
            control = (
              <select {...common} className="sim-input" value={String(value)} onChange={(e) => set(key, e.target.value)}>
                {/* A value as the scenario file writes it (`error`, `input`…), which no language translates. */}
                {info.choices.map((c) => (c === fallback ? <option key={c} value={c}>{t('{value} (default)', { value: c })}</option> : <option key={c} value={c} data-user-text>{c}</option>))}
                {info.choices.includes(String(value)) ? null : <option value={String(value)} disabled>{t('{value} (not valid)', { value: String(value) })}</option>}
              </select>
            )
          } else if (typeof fallback === 'boolean') {
            control = <input {...common} type="checkbox" checked={value === true} onChange={(e) => set(key, e.target.checked)} />
          }
          return (
            <li key={key} className={Object.hasOwn(options, key) ? 'sim-option sim-option-changed' : 'sim-option'}>
              {control ? (
                <div className="sim-option-head">
                  <code className="sim-option-name">{key}</code>
                  {control}
                </div>
              ) : (
                // A number or a name: the field shows its own head and, below it, why a typed value is refused.
                <SimOptionField key={`${key}:${generation}`} name={key} options={options} describedBy={described} errorId={`${described}-error`} onCommit={(v) => set(key, v)} />
              )}
              <p id={described} className="sim-hint">
                {withCode(t.message(info.decides))}
                {info.reference !== '—' ? <span className="sim-option-ref"> ({referenceText(info.reference, t.message)})</span> : null}
              </p>
            </li>
          )
        })}
      </ul>
    </details>
  )
}

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

/**
 * What a typed option value means: the value to store (`undefined`: back to the default), or why it cannot be,
 * in English (`error`) and as the message the field shows (`text`).
 */
export type OptionDraft = { readonly value: unknown } | { readonly error: string; readonly text: Message }

/**
 * Reads the text typed into a number or name option of the options panel. An empty field means the default, as
 * its placeholder shows; anything else must pass the same check a scenario file's `options:` does.
 */
export function readOptionDraft(key: keyof SimOptions, text: string): OptionDraft {
  const typed = text.trim()
  if (typed === '') return { value: undefined }
  const value = SIM_OPTION_INFO[key].range ? Number(typed) : typed
  const problem = checkSimOptionText(key, value)
  if (!problem) return { value }
  const why = msg('{name} {problem}', { name: key, problem })
  return { error: formatMessage(why), text: why }
}
