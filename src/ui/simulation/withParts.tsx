import { Fragment, type ReactNode } from 'react'

/**
 * A translated sentence with elements in it (`Choose {mode} above…`, the mode in bold): the text comes from `t`
 * without values, so its `{name}` places are still there, and each place gets its element. A sentence is never
 * cut into pieces for translation: word order differs between languages.
 */
export function withParts(text: string, parts: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return text.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : <Fragment key={i}>{parts[piece] ?? `{${piece}}`}</Fragment>))
}
