import type { FailStep } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { StringField } from '../fields/StringField.tsx'

/** A fail step's `error` and `cause` (REFERENCE §2.10): what the execution fails with. */
export function FailForm({ step }: { readonly step: FailStep }) {
  const t = useT()
  return (
    <Section title={t('Failure')}>
      <StringField label={t('Error')} path={[...step.path, 'error']} value={step.error} mono placeholder="StatusIsNotReady" />
      <StringField label={t('Cause')} path={[...step.path, 'cause']} value={step.cause} placeholder={t('Why the flow failed')} />
    </Section>
  )
}
