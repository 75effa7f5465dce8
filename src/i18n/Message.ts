/**
 * Text meant for a person, kept as its English source and its values so that every UI language can say it.
 * The English source is the key of the catalogues (gettext style): code reads in plain English, a missing
 * translation is a type error in the UI (see UiText) and a failing test for the core's diagnostics.
 * `{name}` in the text is replaced by `params.name`; braces that name no parameter stay as written, so
 * messages can quote FDL such as `{}` without escaping. One English word with two meanings gets a note after
 * `@@` (gettext's context): `Step@@run one step` is the button, `Step` the noun; English shows the part before it.
 */
export interface Message {
  readonly text: string
  readonly params?: MessageParams
}

/** A message's values: plain values are inserted as they are; a nested message is rendered in the same language. */
export type MessageParams = Readonly<Record<string, string | number | Message>>

/** English source text to the text of one language. */
export type Catalogue = Readonly<Record<string, string>>

export function msg(text: string, params?: MessageParams): Message {
  return params === undefined ? { text } : { text, params }
}

/** The message in the catalogue's language; in English (no catalogue) or for text it lacks, the source itself. */
export function formatMessage(message: Message | string, catalogue?: Catalogue): string {
  const { text, params } = typeof message === 'string' ? { text: message, params: undefined } : message
  const template = catalogue?.[text] ?? withoutNote(text)
  if (params === undefined) return template
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name]
    if (value === undefined) return whole
    return typeof value === 'object' ? formatMessage(value, catalogue) : String(value)
  })
}

/** The English of a key: the text before a translator's `@@` note. */
export function withoutNote(text: string): string {
  const at = text.indexOf('@@')
  return at < 0 ? text : text.slice(0, at)
}
