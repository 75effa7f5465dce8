import { parseValueText } from './parseValueText.ts'

/**
 * Shows a flow value in a one-line field so that {@link parseValueText} reads it back unchanged: plain
 * strings as they are, strings that would read as something else (`"8"`, `"true"`) quoted, other values as
 * compact JSON.
 */
export function formatValueText(value: unknown): string {
  if (value === undefined) return ''
  if (typeof value === 'string') return parseValueText(value) === value ? value : JSON.stringify(value)
  return JSON.stringify(value) ?? ''
}
