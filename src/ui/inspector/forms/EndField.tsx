import type { Step } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/** The `end` flag (REFERENCE §2.2), for the step types that allow it; unticking removes the key. */
export function EndField({ step }: { readonly step: Step & { readonly end?: boolean } }) {
  const { edit, actionGroup } = useInspectorEnv()
  const t = useT()
  return (
    <CheckboxField
      label={t('End')}
      checked={step.end === true}
      hint={t('Stop this sequence after this step: later steps in the same list do not run.')}
      onChange={(on) => edit([setOrRemove([...step.path, 'end'], on ? true : undefined)], actionGroup())}
    />
  )
}
