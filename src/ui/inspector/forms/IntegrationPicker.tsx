import type { IntegrationKind } from '../../../fdl/arn/resourceArn.ts'
import type { TaskStep } from '../../../fdl/model/Step.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { SelectField, type SelectOption } from '../fields/SelectField.tsx'
import { emptyIntegration } from '../logic/emptyIntegration.ts'
import { integrationCommands } from '../logic/integrationCommands.ts'
import type { TaskTarget } from '../logic/TaskTarget.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

const KINDS: readonly { readonly value: string; readonly label: UiText }[] = [
  { value: 'mns-queue', label: 'MNS queue' },
  { value: 'mns-topic', label: 'MNS topic' },
  { value: 'fc', label: 'Function Compute' },
  { value: 'flow', label: 'Child flow' },
  { value: 'action', label: 'Cloud API (action)' },
]

/**
 * Chooses what the task calls. Switching rewrites `resourceArn` / `action` and tidies what no longer fits
 * (see `integrationCommands`) as one undo step.
 */
export function IntegrationPicker({ step, target }: { readonly step: TaskStep; readonly target: TaskTarget }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const extra: SelectOption[] =
    target.kind === 'none' ? [{ value: 'none', label: t('Choose…') }] : target.kind === 'custom' ? [{ value: 'custom', label: t('Other (raw ARN)') }] : []
  return (
    <SelectField
      label={t('Integration')}
      value={target.kind}
      options={[...extra, ...KINDS.map((k) => ({ value: k.value, label: t(k.label) }))]}
      onChange={(kind) => {
        if (kind === target.kind || kind === 'none' || kind === 'custom') return
        edit(integrationCommands(step, emptyIntegration(kind as IntegrationKind, target)), actionGroup())
      }}
    />
  )
}
