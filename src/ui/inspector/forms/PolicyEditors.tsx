import type { TaskStep } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { NumberField, TextField } from '../fields/TextField.tsx'
import { Section } from '../fields/Section.tsx'
import { appendItemCommand, setOrRemove } from '../logic/taskCommands.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { GotoSelect } from './commonFields.tsx'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { msg } from '../../../i18n/Message.ts'
import { parseErrorList } from '../logic/valueText.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'

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

/** The task's `catch` policies (REFERENCE §5.2): after retries, matching errors jump to a sibling. */
export function CatchEditor({ step, siblings }: { readonly step: TaskStep; readonly siblings: readonly string[] }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const list = [...step.path, 'catch']
  const policies = step.catch ?? []
  const add = () => {
    const policy = siblings.length > 0 ? { errors: ['FnF.ALL'], goto: siblings[siblings.length - 1] } : { errors: ['FnF.ALL'] }
    edit([appendItemCommand(list, policies.length, policy)], actionGroup())
  }
  return (
    <Section title={t('Catch')} actions={<button type="button" className="insp-btn insp-btn-add" onClick={add}>{t('Add catch policy')}</button>}>
      {policies.length === 0 ? <p className="insp-empty">{t('None: an error that retries do not absorb fails the step.')}</p> : null}
      {policies.map((p, i) => (
        <div key={i} role="group" aria-label={t('Catch policy {n}', { n: i + 1 })} className="insp-card">
          <div className="insp-card-head">
            <span>{t('Catch policy {n}', { n: i + 1 })}</span>
            <button type="button" className="insp-icon-btn insp-danger" aria-label={t('Remove')} title={t('Remove policy')}
              onClick={() => edit([{ type: 'field.remove', path: [...list, i] }], actionGroup())}>✕</button>
          </div>
          <ErrorsField path={[...list, i, 'errors']} errors={p.errors} />
          <GotoSelect value={p.goto} siblings={siblings}
            onChange={(name) => edit([setOrRemove([...list, i, 'goto'], name)], actionGroup())} />
          {siblings.length === 0 ? <p className="insp-msg insp-warning">{t('A catch needs a step to go to: add a sibling step first.')}</p> : null}
        </div>
      ))}
    </Section>
  )
}

/** The `errors` list of a retry or catch policy, typed as a comma separated list of error names. */
export function ErrorsField({ path, errors }: { readonly path: JsonPath; readonly errors: readonly string[] }) {
  const { edit } = useInspectorEnv()
  const t = useT()
  return (
    <TextField
      label={t('Errors')}
      mono
      value={errors.join(', ')}
      placeholder="FnF.ALL, FnF.TaskTimeout"
      check={(text) => (parseErrorList(text).length === 0 ? { warning: msg('List at least one error name; FnF.ALL matches every error.') } : {})}
      onCommit={(text) => {
        const list = parseErrorList(text)
        if (list.join(', ') !== errors.join(', ')) edit([{ type: 'field.set', path, value: list }], `field:${pathKey(path)}`)
        return list.join(', ')
      }}
    />
  )
}
