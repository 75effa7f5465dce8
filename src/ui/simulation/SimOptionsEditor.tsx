import { useId, useState, type ReactNode } from 'react'
import type { Message } from '../../i18n/Message.ts'
import { SIM_OPTION_INFO, type SimOptionInfo, DEFAULT_SIM_OPTIONS, type SimOptions } from '../../sim/SimOptions.ts'
import { useT } from '../i18n/language.ts'
import { SimOptionField } from './SimOptionField.tsx'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

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
