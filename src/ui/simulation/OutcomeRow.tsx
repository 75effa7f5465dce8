import { useId, useState } from 'react'
import type { OutcomeEntry } from '../../store/simulation/ScenarioFile.ts'
import { useT } from '../i18n/language.ts'

type Kind = 'succeed' | 'fail' | 'timeout'

const kindOf = (o: OutcomeEntry): Kind => (o.fail !== undefined ? 'fail' : o.timeout === true ? 'timeout' : 'succeed')

/** Props of {@link OutcomeRow}. */
export interface OutcomeRowProps {
  /** The call it answers, already in the person's language. */
  readonly label: string
  readonly outcome: OutcomeEntry
  readonly onChange: (outcome: OutcomeEntry) => void
  readonly onRemove: () => void
}

/**
 * One call's outcome in the scenario: succeed with an Output (JSON, kept as typed until it parses), fail with
 * error and cause, or no answer at all; and how many virtual seconds the function or worker takes.
 */
export function OutcomeRow({ label, outcome, onChange, onRemove }: OutcomeRowProps) {
  const id = useId()
  const t = useT()
  const kind = kindOf(outcome)
  const [draft, setDraft] = useState(() => JSON.stringify(outcome.succeed ?? {}))
  const [draftError, setDraftError] = useState(false)
  const after = outcome.after
  const withAfter = (o: OutcomeEntry): OutcomeEntry => (after === undefined ? o : { ...o, after })
  const setKind = (k: Kind) => {
    if (k === 'succeed') onChange(withAfter({ succeed: safeParse(draft) ?? {} }))
    else if (k === 'fail') onChange(withAfter({ fail: { error: 'WorkerError', cause: '' } }))
    else onChange(withAfter({ timeout: true }))
  }
  const setOutput = (text: string) => {
    setDraft(text)
    const value = safeParse(text)
    setDraftError(value === undefined)
    if (value !== undefined) onChange({ ...outcome, succeed: value })
  }
  const setAfter = (text: string) => {
    const { after: _a, ...rest } = outcome
    const n = Number(text)
    onChange(text.trim() === '' || !Number.isFinite(n) || n < 0 ? rest : { ...rest, after: n })
  }
  return (
    <div className="sim-outcome" role="group" aria-label={label}>
      <div className="sim-outcome-head">
        <span className="sim-outcome-title">{label}</span>
        <select aria-label={t('Outcome')} value={kind} onChange={(e) => setKind(e.target.value as Kind)}>
          <option value="succeed">{t('Succeed')}</option>
          <option value="fail">{t('Fail')}</option>
          <option value="timeout">{t('No answer')}</option>
        </select>
        <label className="sim-after">
          <span>{t('after')}</span>
          <input aria-label={t('After (seconds)')} type="number" min={0} step="any" placeholder="1" value={after ?? ''} onChange={(e) => setAfter(e.target.value)} />
          <span>s</span>
        </label>
        <button type="button" className="sim-link" onClick={onRemove}>{t('Remove')}</button>
      </div>
      {kind === 'succeed' ? (
        <>
          <label htmlFor={`${id}-out`} className="sim-label">{t('Output')}</label>
          <textarea id={`${id}-out`} className="sim-input sim-mono" rows={2} spellCheck={false} value={draft} aria-invalid={draftError ? true : undefined} onChange={(e) => setOutput(e.target.value)} />
          {draftError ? <p className="sim-msg sim-error">{t('Not valid JSON yet: the last valid Output is used.')}</p> : null}
        </>
      ) : kind === 'fail' ? (
        <div className="sim-fail-fields">
          <label className="sim-label">
            {t('Error')}
            <input className="sim-input" value={outcome.fail?.error ?? ''} onChange={(e) => onChange({ ...outcome, fail: { ...outcome.fail, error: e.target.value } })} />
          </label>
          <label className="sim-label">
            {t('Cause')}
            <input className="sim-input" value={outcome.fail?.cause ?? ''} onChange={(e) => onChange({ ...outcome, fail: { error: outcome.fail?.error ?? '', cause: e.target.value } })} />
          </label>
        </div>
      ) : (
        <p className="sim-hint">{t('Never answers: a waitForCallback task waits until its timeoutSeconds.')}</p>
      )}
    </div>
  )
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
