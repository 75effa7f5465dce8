import { render, type Template } from './Template.ts'

/** An HCL expression written as is (a reference, a function call) inside a value rendered by {@link hclValue}. */
export class HclExpression {
  constructor(readonly text: string) {}
}

/** Escapes literal text for an HCL quoted string: `"`, `\`, and the `${` / `%{` template openers. */
export function hclEscape(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\$\{/g, () => '$${').replace(/%\{/g, () => '%%{')
}

/** A template as an HCL quoted string, each placeholder an interpolated `var.NAME`. */
export function hclString(t: Template): string {
  return `"${render(t, hclEscape, (v) => `\${var.${v}}`)}"`
}

/** A plain text as an HCL quoted string. */
export function hclQuote(text: string): string {
  return `"${hclEscape(text)}"`
}

/** A JSON-like value as an HCL expression (objects with quoted keys, so any key is allowed). */
export function hclValue(value: unknown, indent = ''): string {
  if (value instanceof HclExpression) return value.text
  if (typeof value === 'string') return hclQuote(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value === null || value === undefined) return 'null'
  const inner = indent + '  '
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[\n${value.map((v) => inner + hclValue(v, inner)).join(',\n')},\n${indent}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return '{}'
  return `{\n${entries.map(([k, v]) => `${inner}${hclQuote(k)} = ${hclValue(v, inner)}`).join('\n')}\n${indent}}`
}

/** A Terraform name (resource label, variable) from any text: lowercase letters, digits and underscores. */
export function hclLabel(text: string): string {
  const label = text.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '')
  return /^[a-z]/.test(label) ? label : `r_${label}`
}
