import type { TaskStep } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { NumberField } from '../fields/NumberField.tsx'
import { Section } from '../fields/Section.tsx'
import { appendItemCommand } from '../logic/appendItemCommand.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import { ErrorsField } from './ErrorsField.tsx'

/** What a new policy holds: the documented defaults written out, so the user sees what applies. */
const NEW_POLICY = { errors: ['FnF.ALL'], intervalSeconds: 1, maxAttempts: 3, multiplier: 2 }
const INTERVAL = { min: 0, max: 86400, integer: true }

/** The task's `retry` policies (REFERENCE §5.1): matched in order; each with its backoff settings. */
export function RetryEditor({ step }: { readonly step: TaskStep }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const list = [...step.path, 'retry']
  const policies = step.retry ?? []
  const add = () => edit([appendItemCommand(list, policies.length, NEW_POLICY)], actionGroup())
  return (
    <Section title={t('Retry')} actions={<button type="button" className="insp-btn insp-btn-add" onClick={add}>{t('Add retry policy')}</button>}>
      {policies.length === 0 ? <p className="insp-empty">{t('None: a failed call is not retried.')}</p> : null}
      {policies.map((p, i) => (
        <div key={i} role="group" aria-label={t('Retry policy {n}', { n: i + 1 })} className="insp-card">
          <div className="insp-card-head">
            <span>{t('Retry policy {n}', { n: i + 1 })}</span>
            <button type="button" className="insp-icon-btn insp-danger" aria-label={t('Remove')} title={t('Remove policy')}
              onClick={() => edit([{ type: 'field.remove', path: [...list, i] }], actionGroup())}>✕</button>
          </div>
          <ErrorsField path={[...list, i, 'errors']} errors={p.errors} />
          <div className="insp-pair">
            <NumberField label={t('Interval (seconds)')} path={[...list, i, 'intervalSeconds']} value={p.intervalSeconds} rule={INTERVAL}
              placeholder={t('{value} (default)', { value: 1 })} />
            <NumberField label={t('Max interval (seconds)')} path={[...list, i, 'maxIntervalSeconds']} value={p.maxIntervalSeconds} rule={INTERVAL}
              placeholder={t('{value} (default)', { value: 86400 })} />
          </div>
          <div className="insp-pair">
            <NumberField label={t('Max attempts')} path={[...list, i, 'maxAttempts']} value={p.maxAttempts} rule={{ min: 0, integer: true }}
              placeholder={t('{value} (default)', { value: 3 })} />
            <NumberField label={t('Multiplier')} path={[...list, i, 'multiplier']} value={p.multiplier} rule={{ min: 1 }}
              placeholder={t('{value} (default)', { value: 2 })} />
          </div>
        </div>
      ))}
    </Section>
  )
}
