import type { Step } from '../../../fdl/model/Step.ts'
import { Section } from '../fields/Section.tsx'
import { ChoiceForm } from './ChoiceForm.tsx'
import { EndField } from './EndField.tsx'
import { FailForm } from './FailForm.tsx'
import { ForeachForm } from './ForeachForm.tsx'
import { NameField } from './NameField.tsx'
import { ParallelForm } from './ParallelForm.tsx'
import { StepMappings } from './StepMappings.tsx'
import { TaskForm } from './TaskForm.tsx'
import { UnknownStepView } from './UnknownStepView.tsx'
import { WaitForm } from './WaitForm.tsx'

/** The fields only one step type has, between the name and the mapping tables. */
function TypeFields({ step, siblings }: { readonly step: Step; readonly siblings: readonly string[] }) {
  switch (step.type) {
    case 'task':
      return <TaskForm step={step} siblings={siblings} />
    case 'wait':
      return <WaitForm step={step} />
    case 'choice':
      return <ChoiceForm step={step} siblings={siblings} />
    case 'parallel':
      return <ParallelForm step={step} />
    case 'foreach':
      return <ForeachForm step={step} />
    case 'fail':
      return <FailForm step={step} />
    case 'unknown':
      return <UnknownStepView step={step} />
    default:
      return null
  }
}

/** Output defaults differ by type (REFERENCE §3.2 R4): said where the table is empty. */
const OUTPUT_EMPTY: Partial<Record<Step['type'], string>> = {
  parallel: 'None: a parallel step outputs nothing without them.',
  foreach: 'None: a foreach step outputs nothing without them.',
  pass: 'None: a pass step outputs {}.',
  wait: 'None: a wait step outputs {}.',
}

/**
 * The form of one step: `Name`, the type's own fields, `End` where allowed, and the input and output
 * mapping tables (a task lays out its own, with service parameters between them).
 */
export function StepForm({ step, siblings }: { readonly step: Step; readonly siblings: readonly string[] }) {
  const ownLayout = step.type === 'task'
  const extra = step.type === 'unknown' ? [] : Object.keys(step.extra ?? {})
  return (
    <>
      <Section title="Step">
        <NameField step={step} />
        {step.type === 'pass' || step.type === 'wait' || step.type === 'choice' || step.type === 'parallel' || step.type === 'foreach' ? <EndField step={step} /> : null}
      </Section>
      <TypeFields step={step} siblings={siblings} />
      {ownLayout ? null : (
        <>
          <StepMappings which="input" owner={step.path} mappings={step.inputMappings} />
          <StepMappings which="output" owner={step.path} mappings={step.outputMappings} emptyText={OUTPUT_EMPTY[step.type]} />
        </>
      )}
      {extra.length > 0 ? (
        <Section title="Other keys">
          <p className="insp-hint">Kept as written, but the service does not read them for a {step.type} step: {extra.join(', ')}.</p>
        </Section>
      ) : null}
    </>
  )
}
