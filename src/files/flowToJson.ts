import { parseFdl } from '../fdl/parse/parseFdl.ts'
import { plainContext, toPlain } from '../fdl/parse/toPlain.ts'
import { refused, type Result } from './Result.ts'

/**
 * The flow as pretty-printed FDL JSON (what the service's API and Terraform accept), for Download JSON.
 * Converted with the core's `toPlain` rather than `Document.toJS` so aliases stay within a budget and
 * keys like `__proto__` remain plain keys. Comments cannot exist in JSON, so they are dropped; refused
 * while the YAML has a syntax error, because the JSON would not be the flow the user sees.
 */
export function flowToJson(text: string): Result<string> {
  const { document, lineCounter } = parseFdl(text)
  const error = document.errors[0]
  if (error) {
    const { line } = lineCounter.linePos(error.pos[0])
    return refused('The YAML has a syntax error on line {line}; fix it first, then download the JSON.', { line })
  }
  const ctx = plainContext(document)
  const value = toPlain(document.contents, ctx)
  if (ctx.truncated) return refused('The document nests too deeply or expands too many aliases to be converted to JSON.')
  return { ok: true, value: `${JSON.stringify(value ?? {}, null, 2)}\n` }
}
