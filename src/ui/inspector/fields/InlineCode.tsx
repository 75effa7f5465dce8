import type { ReactNode } from 'react'

/** Renders a help text where `backquoted` parts are code, so hints can name keys and paths readably. */
export function InlineCode({ text }: { readonly text: string }): ReactNode {
  const parts = text.split('`')
  return parts.map((part, i) => (i % 2 === 1 ? <code key={i} className="insp-code-inline">{part}</code> : part))
}
