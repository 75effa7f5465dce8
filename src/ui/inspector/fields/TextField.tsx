import { useId, type ReactNode } from 'react'
import { useT } from '../../i18n/language.ts'
import { useDraft, type Commit } from '../useDraft.ts'
import type { FieldCheck } from './Section.tsx'
import { InlineCode } from './Section.tsx'
import type { JsonPath } from '../../../fdl/model/jsonPaths.ts'
import { pathKey } from '../../../fdl/model/jsonPaths.ts'
import { setOrRemove } from '../logic/taskCommands.ts'
import { useInspectorEnv } from '../InspectorEnv.ts'
import { parseNumberText, type NumberRule, formatValueText, parseValueText } from '../logic/valueText.ts'

/** Props of {@link TextField}. */
export interface TextFieldProps {
  /** Already in the person's language (the caller says it with `t`), like every text prop of the fields. */
  readonly label: string
  /** The document's value as text. */
  readonly value: string
  /** Sends the text (see `Commit`): the document text it produces, null if invalid, undefined to wait for blur. */
  readonly onCommit: Commit
  readonly check?: (text: string) => FieldCheck
  readonly hint?: ReactNode
  readonly placeholder?: string
  /** Id of a `<datalist>` of completions. */
  readonly list?: string
  /** Code-like values (paths, ARNs) in a monospace face. */
  readonly mono?: boolean
  /** Label given to assistive tech only (table cells whose column header shows it). */
  readonly labelHidden?: boolean
  /** Shown right of the input, e.g. a path / constant badge. */
  readonly adornment?: ReactNode
  readonly className?: string
  /** Send on blur or Enter instead of per keystroke (for edits that move things, like renaming a key). */
  readonly commitOnBlur?: boolean
}

/**
 * A labelled one-line text field that keeps the user's typing (see `useDraft`), shows its check's message
 * inline (linked with `aria-describedby`, `aria-invalid` set), and sends every accepted keystroke.
 */
export function TextField(props: TextFieldProps) {
  const id = useId()
  const t = useT()
  const draft = useDraft(props.value, props.commitOnBlur ? (text, final) => (final ? props.onCommit(text, true) : undefined) : props.onCommit)
  const check = props.check?.(draft.text) ?? {}
  const message = check.error ?? check.warning
  const msgId = `${id}-msg`
  const hintId = `${id}-hint`
  const describedBy = [message ? msgId : '', props.hint && !message ? hintId : ''].filter(Boolean).join(' ')
  return (
    <div className={`insp-field ${props.className ?? ''}`}>
      {props.labelHidden ? null : <label htmlFor={id} className="insp-label">{props.label}</label>}
      <div className="insp-control">
        <input
          id={id}
          className={`insp-input${props.mono ? ' insp-mono' : ''}`}
          type="text"
          value={draft.text}
          aria-label={props.labelHidden ? props.label : undefined}
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy || undefined}
          placeholder={props.placeholder}
          list={props.list}
          spellCheck={false}
          autoComplete="off"
          onFocus={draft.onFocus}
          onBlur={draft.onBlur}
          onChange={(e) => draft.onChange(e.target.value)}
          onKeyDown={props.commitOnBlur ? (e) => e.key === 'Enter' && draft.flush() : undefined}
        />
        {props.adornment}
      </div>
      {message ? (
        <p id={msgId} className={check.error ? 'insp-msg insp-error' : 'insp-msg insp-warning'}>{t.message(message)}</p>
      ) : props.hint ? (
        <p id={hintId} className="insp-hint">{typeof props.hint === 'string' ? <InlineCode text={props.hint} /> : props.hint}</p>
      ) : null}
    </div>
  )
}

/** Props of {@link StringField}. */
export interface StringFieldProps {
  readonly label: string
  readonly path: JsonPath
  readonly value: string | undefined
  /** Optional keys disappear when emptied; required ones are written as `''` so the step keeps its shape. */
  readonly required?: boolean
  readonly check?: (text: string) => FieldCheck
  readonly hint?: string
  readonly placeholder?: string
  readonly mono?: boolean
  readonly list?: string
}

/**
 * A string document field; each keystroke is one `field.set` in the field's undo group. The text is sent
 * trimmed: a trailing space mid-typing would otherwise be written quoted, and the YAML keeps that style.
 */
export function StringField(props: StringFieldProps) {
  const { edit } = useInspectorEnv()
  const { path, value, required } = props
  return (
    <TextField
      label={props.label}
      value={value ?? ''}
      check={props.check}
      hint={props.hint}
      placeholder={props.placeholder}
      mono={props.mono}
      list={props.list}
      onCommit={(typed, final) => {
        const text = typed.trim()
        if (props.check?.(text).error) return null
        const next = text === '' && !required ? undefined : text
        if (next === undefined && value !== undefined && !final) return undefined
        if (next !== value) edit([setOrRemove(path, next)], `field:${pathKey(path)}`)
        return text
      }}
    />
  )
}

/** Props of {@link NumberField}. */
export interface NumberFieldProps {
  readonly label: string
  /** Where the number lives in the document; emptying the field removes the key. */
  readonly path: JsonPath
  readonly value: number | undefined
  readonly rule?: NumberRule
  readonly placeholder?: string
  readonly hint?: string
}

/**
 * A numeric document field: written as a YAML number, out-of-range values written but flagged inline
 * (the validator reports them too), non-numbers not written.
 */
export function NumberField({ label, path, value, rule, placeholder, hint }: NumberFieldProps) {
  const { edit } = useInspectorEnv()
  return (
    <TextField
      label={label}
      value={value === undefined ? '' : String(value)}
      placeholder={placeholder}
      hint={hint}
      check={(text) => parseNumberText(text, rule)}
      onCommit={(text, final) => {
        if (text.trim() === '' && value !== undefined && !final) return undefined
        const reading = parseNumberText(text, rule)
        if (reading.error) return null
        if (reading.value !== value) edit([setOrRemove(path, reading.value)], `field:${pathKey(path)}`)
        return reading.value === undefined ? '' : String(reading.value)
      }}
    />
  )
}

/** Props of {@link ValueField}. */
export interface ValueFieldProps {
  readonly label: string
  readonly path: JsonPath
  readonly value: unknown
  readonly check?: (value: unknown) => FieldCheck
  readonly hint?: ReactNode
  readonly placeholder?: string
  readonly list?: string
  readonly labelHidden?: boolean
  readonly adornment?: ReactNode
  /** Emptying the field removes the key (else it writes `''`). */
  readonly removeWhenEmpty?: boolean
}

/**
 * A field holding any flow value (a `serviceParams` value): typed as YAML would read it, so `1` is a
 * number, `"1"` a string, `$.x` a path (see `parseValueText`).
 */
export function ValueField(props: ValueFieldProps) {
  const { edit } = useInspectorEnv()
  const { path, value } = props
  return (
    <TextField
      label={props.label}
      labelHidden={props.labelHidden}
      value={formatValueText(value)}
      check={props.check ? (text) => props.check?.(parseValueText(text)) ?? {} : undefined}
      hint={props.hint}
      placeholder={props.placeholder}
      list={props.list}
      adornment={props.adornment}
      mono
      onCommit={(text, final) => {
        const next = text === '' && props.removeWhenEmpty ? undefined : parseValueText(text)
        if (next === undefined && value !== undefined && !final) return undefined
        const changed = next === undefined ? value !== undefined : value === undefined || formatValueText(next) !== formatValueText(value)
        if (changed) edit([setOrRemove(path, next)], `field:${pathKey(path)}`)
        return formatValueText(next)
      }}
    />
  )
}
