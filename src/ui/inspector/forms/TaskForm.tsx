import { parseResourceArn } from '../../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import { msg } from '../../../i18n/Message.ts'
import { useT } from '../../i18n/language.ts'
import type { FieldCheck } from '../fields/Section.tsx'
import { CheckboxField } from '../fields/SelectField.tsx'
import { NumberField, StringField } from '../fields/TextField.tsx'
import { Section } from '../fields/Section.tsx'
import { MappingTable } from '../mapping/MappingTable.tsx'
import { readTaskTarget, TASK_TOKEN_SOURCE, taskTokenCommands } from '../logic/taskCommands.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { CatchEditor, RetryEditor } from './PolicyEditors.tsx'
import { EndField } from './commonFields.tsx'
import { IntegrationFields, IntegrationPicker, PatternField, ServiceParamsEditor } from './IntegrationFields.tsx'
import { StepMappings } from './StepMappings.tsx'

/** The raw ARN: readable by the picker, or kept as written with a word of warning. */
function checkArn(text: string): FieldCheck {
  if (text.trim() === '') return { warning: msg('A task calls something: give a resourceArn, or pick Cloud API (action).') }
  return parseResourceArn(text) ? {} : { warning: msg('Not a complete MNS queue / topic, FC function or flow ARN; it is kept as written.') }
}

/** Props of {@link TaskForm}. */
export interface TaskFormProps {
  readonly step: TaskStep
  readonly siblings: readonly string[]
}

/** The three tabs a task's form is set in, as Workflow Studio sets them (a task has the most fields by far). */
export type TaskTab = 'config' | 'data' | 'errors'

/** What a task calls and how it waits (REFERENCE §2.3): the `Configuration` tab. */
export function TaskConfiguration({ step }: TaskFormProps) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const target = readTaskTarget(step)
  const passesToken = (step.inputMappings ?? []).some((m) => m.source === TASK_TOKEN_SOURCE)
  const kind = target.kind === 'none' || target.kind === 'custom' ? null : target.kind
  return (
    <>
      <Section title={t('Integration')}>
        <IntegrationPicker step={step} target={target} />
        {kind ? <IntegrationFields step={step} target={target as Exclude<typeof target, { kind: 'none' | 'custom' }>} /> : null}
        {kind === 'action' ? (
          <StringField label={t('Action')} path={[...step.path, 'action']} value={step.action} mono required hint={t('product:Api, e.g. fnf:StartExecution')} />
        ) : (
          <StringField label={t('Resource ARN')} path={[...step.path, 'resourceArn']} value={step.resourceArn} mono check={checkArn}
            hint={step.resourceTag ? t('Written with the deploy-time tag {tag}; editing replaces it with plain text.', { tag: step.resourceTag }) : undefined} />
        )}
      </Section>
      <Section title={t('Execution')}>
        <PatternField step={step} target={target} />
        <NumberField label={t('Timeout (seconds)')} path={[...step.path, 'timeoutSeconds']} value={step.timeoutSeconds} rule={{ min: 1, integer: true }}
          hint={t('The task times out (FnF.TaskTimeout) after this long.')} />
        <CheckboxField
          label={t('Pass task token')}
          checked={passesToken}
          hint={step.pattern === 'waitForCallback' ? t('Adds task_token ← $context.task.token so the worker can report back.') : t('Only waitForCallback tasks get a token.')}
          onChange={(on) => edit(taskTokenCommands(step, on), actionGroup())}
        />
        <EndField step={step} />
      </Section>
    </>
  )
}

/** The data a task sends and keeps: input mappings, service parameters, output mappings (`Input / Output`). */
export function TaskData({ step }: TaskFormProps) {
  const target = readTaskTarget(step)
  const kind = target.kind === 'none' || target.kind === 'custom' ? null : target.kind
  return (
    <>
      <StepMappings which="input" owner={step.path} mappings={step.inputMappings} />
      <ServiceParamsEditor step={step} kind={kind} />
      <StepMappings which="output" owner={step.path} mappings={step.outputMappings} />
    </>
  )
}

/** Retry, catch and error mappings (`Error handling`). */
export function TaskErrors({ step, siblings }: TaskFormProps) {
  const t = useT()
  return (
    <>
      <RetryEditor step={step} />
      <CatchEditor step={step} siblings={siblings} />
      <MappingTable title={t('Error mappings')} list={[...step.path, 'errorMappings']} mappings={step.errorMappings}
        rowLabel={(n) => t('Error mapping {n}', { n })} addLabel={t('Add error mapping')}
        emptyText={t('None: a caught error’s details ($local.error, $local.cause) are not passed on.')} />
    </>
  )
}
