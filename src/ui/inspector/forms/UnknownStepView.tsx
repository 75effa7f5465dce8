import type { UnknownStep } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'

/** A step of a type FDL does not define (e.g. `loop`): its keys listed read-only, to be edited in the code. */
export function UnknownStepView({ step }: { readonly step: UnknownStep }) {
  const t = useT()
  const entries = Object.entries(step.extra ?? {})
  return (
    <Section title={step.declaredType ? t('Unknown type “{type}”', { type: step.declaredType }) : t('Step without a type')}>
      <p className="insp-hint">{t('FDL documents only task, pass, wait, choice, parallel, foreach, succeed and fail. This step is kept as written; edit it in the code.')}</p>
      {entries.length === 0 ? <p className="insp-empty">{t('No other keys.')}</p> : (
        <dl className="insp-keys">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd><code>{JSON.stringify(value)}</code></dd>
            </div>
          ))}
        </dl>
      )}
      {/* The YAML key and its count, as the keys above: the same in every language. */}
      {step.body ? <p className="insp-hint">steps: {step.body.steps.length}</p> : null}
    </Section>
  )
}
