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
  // Pieces alternate: template text, a value, template text, ... so the spacing rule below sees each seam.
  const pieces = template.split(/\{(\w+)\}/)
  let out = pieces[0]!
  for (let i = 1; i < pieces.length; i += 2) {
    const name = pieces[i]!
    const param = params[name]
    const value = param === undefined ? `{${name}}` : typeof param === 'object' ? formatMessage(param, catalogue) : String(param)
    out = joinText(joinText(out, value), pieces[i + 1]!)
  }
  return out
}

const HAN = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/

/**
 * Joins two pieces of a message. Chinese puts no space between Chinese words, but a translation spaces its
 * placeholders to set off Latin values (`向 {target} 添加步骤` for `Branch 2 of P`); where the value turns out to be
 * Chinese too (`流程`), the space at the seam goes (`向流程添加步骤`). English text is never touched.
 */
function joinText(left: string, right: string): string {
  if (left.endsWith(' ') && HAN.test(left.charAt(left.length - 2)) && HAN.test(right.charAt(0))) return left.slice(0, -1) + right
  if (right.startsWith(' ') && HAN.test(right.charAt(1)) && HAN.test(left.charAt(left.length - 1))) return left + right.slice(1)
  return left + right
}

/** The English of a key: the text before a translator's `@@` note. */
export function withoutNote(text: string): string {
  const at = text.indexOf('@@')
  return at < 0 ? text : text.slice(0, at)
}
