import { useId } from 'react'
import { useT } from '../i18n/language.ts'
import { useSimulation } from './useSimulation.ts'
import { useSimulationApi } from './useSimulationApi.ts'

/** The execution input as JSON; what does not parse stays as typed, with the reason underneath. */
export function InputEditor() {
  const id = useId()
  const api = useSimulationApi()
  const t = useT()
  const text = useSimulation((s) => s.inputText)
  const error = useSimulation((s) => s.inputErrorText)
  return (
    <div className="sim-field">
      <label htmlFor={id} className="sim-label">{t('Execution input')}</label>
      <textarea
        id={id}
        className="sim-input sim-mono"
        value={text}
        rows={Math.min(8, Math.max(3, text.split('\n').length))}
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-msg`}
        onChange={(e) => api().setInputText(e.target.value)}
      />
      <p id={`${id}-msg`} className={error ? 'sim-msg sim-error' : 'sim-hint'}>
        {error ? t.message(error) : t('A JSON object: what StartExecution would pass as Input.')}
      </p>
    </div>
  )
}
