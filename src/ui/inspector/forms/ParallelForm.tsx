import type { ParallelStep } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { useInspectorEnv } from '../useInspectorEnv.ts'

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
