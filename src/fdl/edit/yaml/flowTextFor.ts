import type { EditContext } from '../EditContext.ts'
import type { ScalarStyle } from './yamlText.ts'
import { yamlText } from './yamlText.ts'

/** True for a document written as JSON (a valid FDL file too): edits keep it JSON. */
function isJson(text: string): boolean {
  return /^\s*\{\s*"/.test(text)
}

/**
 * The text of a value written inside a flow collection: one-line YAML flow style, or JSON in a JSON
 * document. `root` is for the document's root collection, which in a multi-line JSON file keeps the
 * file's indentation (that of its second line).
 */
export function flowTextFor(ctx: EditContext, value: unknown, style?: ScalarStyle, root = false): string {
  const text = ctx.src.text
  if (!isJson(text)) return yamlText.flow(value, style)
  const second = root ? /\n([ \t]+)"/.exec(text) : null
  return second ? JSON.stringify(value, null, second[1]) : JSON.stringify(value)
}
