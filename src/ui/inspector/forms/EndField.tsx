import type { Step } from '../../../fdl/model/Step.ts'
import { CheckboxField } from '../fields/CheckboxField.tsx'
import { setOrRemove } from '../logic/setOrRemove.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/** The `end` flag (REFERENCE §2.2), for the step types that allow it; unticking removes the key. */
export function EndField({ step }: { readonly step: Step & { readonly end?: boolean } }) {
  const { edit, actionGroup } = useInspectorEnv()
  return (
    <CheckboxField
      label="End"
      checked={step.end === true}
      hint="Stop this sequence after this step: later steps in the same list do not run."
      onChange={(on) => edit([setOrRemove([...step.path, 'end'], on ? true : undefined)], actionGroup())}
    />
  )
}
