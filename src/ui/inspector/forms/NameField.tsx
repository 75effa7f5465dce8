import type { Step } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { TextField } from '../fields/TextField.tsx'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { validateStepName } from '../logic/validateStepName.ts'
import { useInspectorEnv } from '../useInspectorEnv.ts'

/**
 * The step's `Name`: renames through `step.rename` (which also rewrites every `goto` naming it); a name
 * another step already has is refused with an inline message rather than sent.
 */
export function NameField({ step }: { readonly step: Step }) {
  const { flow, edit } = useInspectorEnv()
  const t = useT()
  return (
    <TextField
      label={t('Name')}
      value={step.name}
      check={(text) => validateStepName(flow, step.path, text.trim())}
      onCommit={(typed) => {
        const text = typed.trim()
        if (validateStepName(flow, step.path, text).error) return null
        if (text !== step.name) edit([{ type: 'step.rename', path: step.path, name: text }], `field:${pathKey(step.path)}.name`)
        return text
      }}
    />
  )
}
