import type { ReactNode } from 'react'
import type { Step } from '../../../fdl/model/Step.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { Section } from '../fields/Section.tsx'
import { ChoiceForm, ForeachForm, ParallelForm } from './ContainerForms.tsx'
import { EndField, NameField } from './commonFields.tsx'
import { FailForm, UnknownStepView, WaitForm } from './SimpleForms.tsx'
import { StepMappings } from './StepMappings.tsx'
import { Tabs } from '../../common/Tabs.tsx'
import { TaskConfiguration, TaskData, TaskErrors, type TaskTab } from './TaskForm.tsx'

/** The fields only one step type has, between the name and the mapping tables. */
function TypeFields({ step, siblings }: { readonly step: Step; readonly siblings: readonly string[] }) {
  switch (step.type) {
    case 'task':
      return null
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

/** How many retry and catch policies a task has: shown on its `Error handling` tab. */
function errorCount(step: Step): number {
  return step.type === 'task' ? (step.retry?.length ?? 0) + (step.catch?.length ?? 0) : 0
}

/** Output defaults differ by type (REFERENCE §3.2 R4): said where the table is empty. */
const OUTPUT_EMPTY: Partial<Record<Step['type'], UiText>> = {
  parallel: 'None: a parallel step outputs nothing without them.',
  foreach: 'None: a foreach step outputs nothing without them.',
  pass: 'None: a pass step outputs {}.',
  wait: 'None: a wait step outputs {}.',
}

/** Props of {@link StepForm}: the step, its siblings (goto targets), and the task tab (kept across selections). */
export interface StepFormProps {
  readonly step: Step
  readonly siblings: readonly string[]
  readonly taskTab: TaskTab
  readonly onTaskTab: (tab: TaskTab) => void
  /** The code does not parse: every field is shown but disabled (the task's tabs still switch). */
  readonly readOnly: boolean
}

/**
 * The form of one step: `Name`, the type's own fields, `End` where allowed, and the input and output
 * mapping tables. A task's many fields are set in tabs (Configuration, Input / Output, Error handling) so its
 * form is not one long scroll; the tabs sit outside the disabled fieldsets, so a read-only form can still be read.
 */
export function StepForm({ step, siblings, taskTab, onTaskTab, readOnly }: StepFormProps) {
  const t = useT()
  const extra = step.type === 'unknown' ? [] : Object.keys(step.extra ?? {})
  const title = t('{type} step {name}', { type: step.type, name: step.name })
  const outputEmpty = OUTPUT_EMPTY[step.type]
  const errors = errorCount(step)
  const fields = (legend: string, children: ReactNode) => (
    <fieldset className="insp-form" disabled={readOnly}>
      <legend className="insp-sr-only">{legend}</legend>
      {children}
    </fieldset>
  )
  const nameSection = (
    <Section title={t('Step')}>
      <NameField step={step} />
      {step.type === 'pass' || step.type === 'wait' || step.type === 'choice' || step.type === 'parallel' || step.type === 'foreach' ? <EndField step={step} /> : null}
    </Section>
  )
  const otherKeys = extra.length > 0 ? (
    <Section title={t('Other keys')}>
      <p className="insp-hint">{t('Kept as written, but the service does not read them for a {type} step: {keys}.', { type: step.type, keys: extra.join(', ') })}</p>
    </Section>
  ) : null
  if (step.type === 'task') {
    return (
      <>
        {fields(title, nameSection)}
        <Tabs
          look="insp"
          label={t('Task settings')}
          value={taskTab}
          onChange={onTaskTab}
          tabs={[
            { id: 'config', label: t('Configuration'), render: () => fields(t('{title}: configuration', { title }), <TaskConfiguration step={step} siblings={siblings} />) },
            { id: 'data', label: t('Input / Output'), render: () => fields(t('{title}: input and output', { title }), <TaskData step={step} siblings={siblings} />) },
            {
              id: 'errors',
              label: errors > 0 ? t('Error handling ({n})', { n: errors }) : t('Error handling'),
              render: () => fields(t('{title}: error handling', { title }), <TaskErrors step={step} siblings={siblings} />),
            },
          ]}
        />
        {otherKeys ? fields(t('{title}: other keys', { title }), otherKeys) : null}
      </>
    )
  }
  return fields(
    title,
    <>
      {nameSection}
      <TypeFields step={step} siblings={siblings} />
      <StepMappings which="input" owner={step.path} mappings={step.inputMappings} />
      <StepMappings which="output" owner={step.path} mappings={step.outputMappings} emptyText={outputEmpty && t(outputEmpty)} />
      {otherKeys}
    </>,
  )
}
