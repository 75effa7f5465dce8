import { isMap, isScalar } from 'yaml'
import { parseFdl, type ParsedFdl } from '../../fdl/parse/parseFdl.ts'
import type { Result } from './Result.ts'

/** Keys of which a flow has at least one; a mapping with none of them is some other YAML or JSON file. */
const FLOW_MARKERS = ['version', 'type', 'steps']

/** Names what the top level of a parsed document is, for a message. */
function describeTopLevel(parsed: ParsedFdl): string {
  const root = parsed.document.contents
  if (isScalar(root)) return typeof root.value === 'string' ? 'plain text' : `a single value (${String(root.value)})`
  return 'a list'
}

/**
 * Decides whether text can be opened as a flow. A flow with mistakes, even YAML syntax errors, opens
 * with its diagnostics so the user can fix it; only text that is empty or plainly not a flow (a list, a
 * sentence, someone's package.json) is refused. `what` names the source in messages, e.g. `"a.yaml"`.
 */
export function checkFlowText(text: string, what: string): Result<ParsedFdl> {
  const parsed = parseFdl(text)
  if (parsed.document.errors.length > 0) return { ok: true, value: parsed }
  if (parsed.flow === null) {
    return parsed.diagnostics.some((d) => d.code === 'empty-document')
      ? { ok: false, message: `${what} is empty. Use New to start an empty flow.` }
      : { ok: false, message: `${what} is not an FDL flow: it holds ${describeTopLevel(parsed)}, not a mapping with version, type and steps.` }
  }
  const root = parsed.document.contents
  const keys = isMap(root) ? root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : []
  if (!FLOW_MARKERS.some((k) => keys.includes(k))) {
    return { ok: false, message: `${what} is not an FDL flow: it has none of the keys version, type and steps.` }
  }
  return { ok: true, value: parsed }
}
