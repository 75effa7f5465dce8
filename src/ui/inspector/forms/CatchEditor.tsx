import type { TaskStep } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { appendItemCommand } from '../logic/appendItemCommand.ts'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import { ErrorsField } from './ErrorsField.tsx'
import { GotoSelect } from './GotoSelect.tsx'

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
