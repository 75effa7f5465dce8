import type { ChoiceStep } from '../../../fdl/model/Step.ts'
import { useT, type Translate } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { StringField } from '../fields/StringField.tsx'
import { checkCondition } from '../logic/checkCondition.ts'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'
import { GotoSelect } from './GotoSelect.tsx'

/** “2 steps” — the branch body is edited on the canvas; the form says what is there. */
function stepCount(n: number, t: Translate): string {
  return n === 0 ? t('no steps') : n === 1 ? t('1 step') : t('{n} steps', { n })
}

/** A choice's branches (condition, goto) in order, and its default branch (REFERENCE §2.6, §4). */
export function ChoiceForm({ step, siblings }: { readonly step: ChoiceStep; readonly siblings: readonly string[] }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const addBranch = () => edit([{ type: 'branch.add', step: step.path, condition: '$.ready == true' }], actionGroup())
  const def = step.default
  return (
    <>
      <Section title={t('Choices')} actions={<button type="button" className="insp-btn insp-btn-add" onClick={addBranch}>{t('Add choice')}</button>}>
        <p className="insp-hint">{t('Tried in order; the first condition that holds runs its steps, then its goto.')}</p>
        {step.choices.map((branch, i) => (
          <div key={i} role="group" aria-label={t('Choice {n}', { n: i + 1 })} className="insp-card">
            <div className="insp-card-head">
              <span>{t('Choice {n}', { n: i + 1 })} <small>· {stepCount(branch.steps.length, t)}</small></span>
              <button type="button" className="insp-icon-btn insp-danger" aria-label={t('Remove')} title={t('Remove choice')}
                onClick={() => edit([{ type: 'branch.remove', step: step.path, index: i }], actionGroup())}>✕</button>
            </div>
            <StringField label={t('Condition')} path={[...step.path, 'choices', i, 'condition']} value={branch.condition} mono required
              placeholder='$.status == "ready"'
              check={checkCondition} />
            <GotoSelect value={branch.goto} siblings={siblings} noneLabel={t('(continue after the choice)')}
              onChange={(name) => edit([setOrRemove([...step.path, 'choices', i, 'goto'], name)], actionGroup())} />
          </div>
        ))}
      </Section>
      <Section title={t('Default')}
        actions={def ? <button type="button" className="insp-btn" onClick={() => edit([{ type: 'branch.remove', step: step.path, index: 'default' }], actionGroup())}>{t('Remove default')}</button> : null}>
        <p className="insp-hint">
          {def ? t('Runs when no condition holds · {count}.', { count: stepCount(def.steps.length, t) }) : t('None: when no condition holds the choice just ends.')}
        </p>
        <GotoSelect label={t('Default goto')} value={def?.goto} siblings={siblings} noneLabel={t('(continue after the choice)')}
          onChange={(name) => {
            if (name !== undefined) edit([{ type: 'field.set', path: [...step.path, 'default', 'goto'], value: name }], actionGroup())
            else if (def?.goto !== undefined) edit([{ type: 'field.remove', path: [...step.path, 'default', 'goto'] }], actionGroup())
          }} />
      </Section>
    </>
  )
}
