import type { UnknownStep } from '../../../fdl/model/UnknownStep.ts'
import { Section } from '../fields/Section.tsx'

/** A step of a type FDL does not define (e.g. `loop`): its keys listed read-only, to be edited in the code. */
export function UnknownStepView({ step }: { readonly step: UnknownStep }) {
  const entries = Object.entries(step.extra ?? {})
  return (
    <Section title={step.declaredType ? `Unknown type “${step.declaredType}”` : 'Step without a type'}>
      <p className="insp-hint">FDL documents only task, pass, wait, choice, parallel, foreach, succeed and fail. This step is kept as written; edit it in the code.</p>
      {entries.length === 0 ? <p className="insp-empty">No other keys.</p> : (
        <dl className="insp-keys">
          {entries.map(([key, value]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd><code>{JSON.stringify(value)}</code></dd>
            </div>
          ))}
        </dl>
      )}
      {step.body ? <p className="insp-hint">steps: {step.body.steps.length}</p> : null}
    </Section>
  )
}
