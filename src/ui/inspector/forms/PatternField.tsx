import type { TaskStep } from '../../../fdl/model/Step.ts'
import { SUPPORTED_PATTERNS } from '../../../fdl/arn/resourceArn.ts'
import type { UiText } from '../../../i18n/UiText.ts'
import { useT } from '../../i18n/language.ts'
import { SelectField } from '../fields/SelectField.tsx'
import type { TaskTarget } from '../logic/TaskTarget.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

const ALL = ['requestResponse', 'sync', 'waitForCallback']
const HINTS: Readonly<Record<string, UiText>> = {
  requestResponse: 'Go on as soon as the call returns.',
  sync: 'Wait until the started job (child execution) finishes.',
  waitForCallback: 'Pause until a worker reports back with the task token.',
}

/** `Pattern`, offering only what the picked integration supports (REFERENCE §6.1); absent means requestResponse. */
export function PatternField({ step, target }: { readonly step: TaskStep; readonly target: TaskTarget }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  const supported = target.kind === 'none' || target.kind === 'custom' ? ALL : SUPPORTED_PATTERNS[target.kind]
  const value = step.pattern ?? 'requestResponse'
  const options = supported.map((p) => ({ value: p, label: p === 'requestResponse' && step.pattern === undefined ? t('{value} (default)', { value: p }) : p }))
  if (!supported.includes(value)) options.push({ value, label: t('{pattern} (not supported here)', { pattern: value }) })
  return (
    <SelectField
      label={t('Pattern')}
      value={value}
      options={options}
      hint={t(HINTS[value] ?? 'This integration does not support this pattern.')}
      onChange={(pattern) => {
        if (pattern !== step.pattern) edit([{ type: 'field.set', path: [...step.path, 'pattern'], value: pattern }], actionGroup())
      }}
    />
  )
}
