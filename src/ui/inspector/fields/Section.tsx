import type { ReactNode } from 'react'

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
