import { useT } from '../../i18n/language.ts'
import { SelectField } from '../fields/SelectField.tsx'

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
