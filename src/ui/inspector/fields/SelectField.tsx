import { useId } from 'react'

/** One option of a {@link SelectField}. */
export interface SelectOption {
  readonly value: string
  readonly label: string
}

/** Props of {@link SelectField}. */
export interface SelectFieldProps {
  readonly label: string
  readonly value: string
  readonly options: readonly SelectOption[]
  readonly onChange: (value: string) => void
  readonly hint?: string
  readonly labelHidden?: boolean
}

/** A labelled native select: keyboard and screen-reader behaviour for free. */
export function SelectField({ label, value, options, onChange, hint, labelHidden }: SelectFieldProps) {
  const id = useId()
  return (
    <div className="insp-field">
      {labelHidden ? null : <label htmlFor={id} className="insp-label">{label}</label>}
      <select
        id={id}
        className="insp-input insp-select"
        value={value}
        aria-label={labelHidden ? label : undefined}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
      {hint ? <p id={`${id}-hint`} className="insp-hint">{hint}</p> : null}
    </div>
  )
}

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
