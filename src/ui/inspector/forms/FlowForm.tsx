import type { Flow } from '../../../fdl/model/Flow.ts'
import { useT } from '../../i18n/language.ts'
import { NumberField } from '../fields/TextField.tsx'
import { Section } from '../fields/Section.tsx'
import { SelectField } from '../fields/SelectField.tsx'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { StepMappings } from './StepMappings.tsx'

/** The flow-level fields (REFERENCE §1.1), shown when no step is selected. */
export function FlowForm({ flow }: { readonly flow: Flow }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const version = flow.version ?? ''
  const options = ['v1', 'v1beta1'].map((v) => ({ value: v, label: v === 'v1beta1' ? t('v1beta1 (older alias of v1)') : v }))
  if (!['v1', 'v1beta1'].includes(version)) options.unshift({ value: version, label: version === '' ? t('(missing)') : t('{version} (not supported)', { version }) })
  const count = flow.body.steps.length
  return (
    <>
      <Section title={t('Flow')}>
        <SelectField label={t('Version')} value={version} options={options}
          onChange={(v) => v !== '' && edit([{ type: 'field.set', path: ['version'], value: v }], actionGroup())} />
        <NumberField label={t('Timeout (seconds)')} path={['timeoutSeconds']} value={flow.timeoutSeconds} rule={{ min: 1, integer: true }}
          hint={t('The whole execution times out after this long.')} />
        <p className="insp-hint">
          {count === 1
            ? t('1 top-level step. Select a step on the canvas to edit it.')
            : t('{n} top-level steps. Select a step on the canvas to edit it.', { n: count })}
        </p>
      </Section>
      <StepMappings which="input" owner={[]} mappings={flow.inputMappings}
        emptyText={t('None: the flow input is the execution input unchanged.')} />
      <StepMappings which="output" owner={[]} mappings={flow.outputMappings}
        emptyText={t('None: the execution output is the flow’s local (the merged step outputs).')} />
    </>
  )
}
