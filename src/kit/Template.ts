/**
 * A value taken from the flow that may hold placeholders (`${queue}`, `<queue-name>`, `{region}`): literal text
 * and variables, in order. The deploy files keep each placeholder as a variable of their own language instead of
 * inventing a value (issue 13, item 3).
 */
export type Piece = { readonly text: string } | { readonly variable: string; readonly placeholder: string }

/** See {@link Piece}. */
export type Template = readonly Piece[]

/** `${name}`, `<name>` or `{name}`: the placeholder forms seen in documentation and deploy-time templates. */
export const PLACEHOLDER = /\$\{[^{}]*\}|<[^<>]*>|\{[^{}]*\}/g

/** Splits text into literal pieces and placeholder variables. */
export function template(text: string): Template {
  const pieces: Piece[] = []
  let at = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > at) pieces.push({ text: text.slice(at, m.index) })
    pieces.push({ variable: variableName(m[0]), placeholder: m[0] })
    at = m.index + m[0].length
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at) })
  return pieces
}

/**
 * The variable a placeholder becomes: its inner text in snake case (`<queue-name>` → `queue_name`), so the same
 * name in two spellings is one variable. Names that are no identifier get a `var_` prefix.
 */
export function variableName(placeholder: string): string {
  const inner = placeholder.replace(/^\$?[{<]|[}>]$/g, '')
  const snake = inner.trim().replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
  return /^[a-z]/.test(snake) ? snake : `var_${snake || 'value'}`
}

/** The text as the flow writes it, placeholders included. */
export function rawText(t: Template): string {
  return t.map((p) => ('text' in p ? p.text : p.placeholder)).join('')
}

/** Whether the value is plain text (no placeholder) and not empty. */
export function isLiteral(t: Template): boolean {
  return t.every((p) => 'text' in p) && rawText(t) !== ''
}

/** A template of plain text. */
export function literal(text: string): Template {
  return [{ text }]
}

/** The placeholders in a template, as (variable, placeholder text) pairs. */
export function variablesOf(t: Template): readonly { readonly variable: string; readonly placeholder: string }[] {
  return t.flatMap((p) => ('variable' in p ? [p] : []))
}

/** Renders a template, each literal through `text` and each variable through `variable`. */
export function render(t: Template, text: (s: string) => string, variable: (name: string) => string): string {
  return t.map((p) => ('text' in p ? text(p.text) : variable(p.variable))).join('')
}

/** Joins templates and literal strings into one template. */
export function concat(...parts: readonly (Template | string)[]): Template {
  return parts.flatMap((p) => (typeof p === 'string' ? [{ text: p }] : p))
}
