import { isMap, isScalar } from 'yaml'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { ParsedFdl } from '../parse/parseFdl.ts'

/** Keys of which a flow has at least one; a mapping with none of them is some other YAML or JSON file. */
const FLOW_MARKERS = ['version', 'type', 'steps']

/**
 * Why a parsed text is not something to open as a flow: it is empty, or plainly some other file (`detail` says
 * what it holds, in English; `text` is the same for the app to say in the person's language).
 */
export type FlowTextProblem = { readonly kind: 'empty' } | { readonly kind: 'not-a-flow'; readonly detail: string; readonly text: Message }

/**
 * Decides whether a parsed text is a flow at all, for whoever opens files (the app's Open, `fdl` commands). A flow
 * with mistakes, even YAML syntax errors, is a flow: it opens with its diagnostics so it can be fixed. Only text
 * that is empty or plainly something else (a list, a sentence, someone's package.json) is not.
 */
export function flowTextProblem(parsed: ParsedFdl): FlowTextProblem | null {
  if (parsed.document.errors.length > 0) return null
  if (parsed.flow === null) {
    if (parsed.diagnostics.some((d) => d.code === 'empty-document')) return { kind: 'empty' }
    const root = parsed.document.contents
    const holds = isScalar(root) ? (typeof root.value === 'string' ? msg('plain text') : msg('a single value ({value})', { value: String(root.value) })) : msg('a list')
    return notAFlow(msg('it holds {what}, not a mapping with version, type and steps', { what: holds }))
  }
  const root = parsed.document.contents
  const keys = isMap(root) ? root.items.map((p) => (isScalar(p.key) ? String(p.key.value) : '')) : []
  if (!FLOW_MARKERS.some((k) => keys.includes(k))) return notAFlow(msg('it has none of the keys version, type and steps'))
  return null
}

function notAFlow(text: Message): FlowTextProblem {
  return { kind: 'not-a-flow', detail: formatMessage(text), text }
}
