import type { ChoiceStep, ParallelStep, ForeachStep } from '../../../fdl/model/Step.ts'
import { useT, type Translate } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { StringField } from '../fields/TextField.tsx'
import { checkCondition } from '../logic/checks.ts'
import { setOrRemove } from '../logic/taskCommands.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { GotoSelect } from './commonFields.tsx'
import { msg } from '../../../i18n/Message.ts'

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

/** The branch count of a parallel step (up to 100, REFERENCE §2.7); branch bodies are edited on the canvas. */
export function ParallelForm({ step }: { readonly step: ParallelStep }) {
  const { edit, can, actionGroup } = useInspectorEnv()
  const t = useT()
  const n = step.branches.length
  return (
    <Section title={t('Branches')}
      actions={<button type="button" className="insp-btn insp-btn-add" disabled={!can({ type: 'branch.add', step: step.path })} onClick={() => edit([{ type: 'branch.add', step: step.path }], actionGroup())}>{t('Add branch')}</button>}>
      <p className="insp-hint">{n === 1 ? t('1 branch run at the same time (at most 100).') : t('{n} branches run at the same time (at most 100).', { n })}</p>
      <ul className="insp-list">
        {step.branches.map((b, i) => (
          <li key={i}>
            <span>{t('Branch {n} · {steps}', { n: i + 1, steps: b.steps.length === 1 ? t('1 step') : t('{n} steps', { n: b.steps.length }) })}</span>
            <button type="button" className="insp-icon-btn insp-danger" aria-label={t('Remove branch {n}', { n: i + 1 })} title={t('Remove branch')}
              onClick={() => edit([{ type: 'branch.remove', step: step.path, index: i }], actionGroup())}>✕</button>
          </li>
        ))}
      </ul>
      {n > 0 && (step.outputMappings ?? []).length === 0 ? (
        <p className="insp-msg insp-warning">{t('Without output mappings a parallel step outputs nothing (e.g. map result ← $local[*].result).')}</p>
      ) : null}
    </Section>
  )
}

/** A foreach's `iterationMapping` (REFERENCE §2.8): which array, and the keys each element and index get. */
export function ForeachForm({ step }: { readonly step: ForeachStep }) {
  const at = [...step.path, 'iterationMapping']
  const im = step.iterationMapping
  const t = useT()
  const count = step.body.steps.length
  return (
    <Section title={t('Iteration')}>
      <StringField label={t('Collection')} path={[...at, 'collection']} value={im.collection} mono required placeholder="$.names"
        check={(text) => (text.trim() === '' ? { warning: msg('Name the array to iterate, e.g. $.names.') } : text.startsWith('$') ? {} : { warning: msg('A path into the step input, starting with $.') })} />
      <StringField label={t('Item')} path={[...at, 'item']} value={im.item} required placeholder="name"
        check={(text) => (text.trim() === '' ? { warning: msg('Each iteration gets the element under this key.') } : {})}
        hint={t('Each iteration’s input gets the element under this key.')} />
      <StringField label={t('Index')} path={[...at, 'index']} value={im.index} placeholder={t('(optional)')}
        hint={t('Optional: each iteration’s input gets its position under this key.')} />
      <p className="insp-hint">
        {count === 1
          ? t('Body: 1 step, edited on the canvas. Up to 100 iterations run at once.')
          : t('Body: {n} steps, edited on the canvas. Up to 100 iterations run at once.', { n: count })}
      </p>
    </Section>
  )
}
