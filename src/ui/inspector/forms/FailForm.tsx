import type { FailStep } from '../../../fdl/model/FailStep.ts'
import { Section } from '../fields/Section.tsx'
import { StringField } from '../fields/StringField.tsx'

/** A fail step's `error` and `cause` (REFERENCE §2.10): what the execution fails with. */
export function FailForm({ step }: { readonly step: FailStep }) {
  return (
    <Section title="Failure">
      <StringField label="Error" path={[...step.path, 'error']} value={step.error} mono placeholder="StatusIsNotReady" />
      <StringField label="Cause" path={[...step.path, 'cause']} value={step.cause} placeholder="Why the flow failed" />
    </Section>
  )
}
