import type { ReactNode } from 'react'
import type { Message } from '../../../i18n/Message.ts'

/** Props of {@link Section}. */
export interface SectionProps {
  readonly title: string
  /** Buttons in the section header (e.g. `Add input mapping`). */
  readonly actions?: ReactNode
  readonly children?: ReactNode
}

/** A titled block of the form; the heading lets screen-reader users jump between sections. */
export function Section({ title, actions, children }: SectionProps) {
  return (
    <section className="insp-section">
      <div className="insp-section-head">
        <h3>{title}</h3>
        {actions ? <div className="insp-section-actions">{actions}</div> : null}
      </div>
      {children}
    </section>
  )
}

/** Renders a help text where `backquoted` parts are code, so hints can name keys and paths readably. */
export function InlineCode({ text }: { readonly text: string }): ReactNode {
  const parts = text.split('`')
  return parts.map((part, i) => (i % 2 === 1 ? <code key={i} className="insp-code-inline">{part}</code> : part))
}

/**
 * What a field says about its text: a blocking error (not sent) or an advisory warning (sent). Messages, not
 * strings, so the checks stay plain functions and the field says them in the person's language.
 */
export interface FieldCheck {
  readonly error?: Message
  readonly warning?: Message
}
