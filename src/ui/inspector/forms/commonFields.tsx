import type { Step } from '../../../fdl/model/Step.ts'
import { useT } from '../../i18n/language.ts'
import { TextField } from '../fields/TextField.tsx'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { validateStepName } from '../logic/checks.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { CheckboxField, SelectField } from '../fields/SelectField.tsx'
import { setOrRemove } from '../logic/taskCommands.ts'

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

/** Props of {@link GotoSelect}. */
export interface GotoSelectProps {
  /** `Goto` when absent; like every text prop, already in the person's language. */
  readonly label?: string
  readonly value: string | undefined
  /** The step's siblings: a `goto` may only name a step of the same list (REFERENCE §2.2). */
  readonly siblings: readonly string[]
  /** The text of the “no goto” choice, or absent when a goto is required. */
  readonly noneLabel?: string
  readonly onChange: (name: string | undefined) => void
}

/** Picks a `goto` target among the siblings; a target that is not a sibling is kept and marked. */
export function GotoSelect({ label, value, siblings, noneLabel, onChange }: GotoSelectProps) {
  const t = useT()
  const options = [
    ...(noneLabel !== undefined || value === undefined ? [{ value: '', label: noneLabel ?? t('Choose a step…') }] : []),
    ...siblings.map((name) => ({ value: name, label: name })),
    ...(value !== undefined && !siblings.includes(value) ? [{ value, label: t('{name} (not a sibling)', { name: value }) }] : []),
  ]
  return <SelectField label={label ?? t('Goto')} value={value ?? ''} options={options} onChange={(v) => onChange(v === '' ? undefined : v)} />
}
