import { useId } from 'react'

/** Props of {@link CheckboxField}. */
export interface CheckboxFieldProps {
  readonly label: string
  readonly checked: boolean
  readonly onChange: (checked: boolean) => void
  readonly hint?: string
}

/** A checkbox with its label beside it and an optional explanation below. */
export function CheckboxField({ label, checked, onChange, hint }: CheckboxFieldProps) {
  const id = useId()
  return (
    <div className="insp-field insp-check">
      <input id={id} type="checkbox" checked={checked} aria-describedby={hint ? `${id}-hint` : undefined} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{label}</label>
      {hint ? <p id={`${id}-hint`} className="insp-hint">{hint}</p> : null}
    </div>
  )
}
