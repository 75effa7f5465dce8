import { useId, type ReactNode } from 'react'
import { useT } from '../../i18n/language.ts'
import { useDraft, type Commit } from '../useDraft.ts'
import type { FieldCheck } from './FieldCheck.ts'
import { InlineCode } from './InlineCode.tsx'

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
