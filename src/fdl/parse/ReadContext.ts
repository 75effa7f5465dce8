import { isAlias, type LineCounter } from 'yaml'
import { formatMessage, type Message } from '../../i18n/Message.ts'
import type { Diagnostic, Severity } from '../model/Diagnostic.ts'
import type { JsonPath } from '../model/JsonPath.ts'
import type { PlainContext } from './toPlain.ts'
import { rangeOf } from './rangeOf.ts'

/** Shared state of one model read: where diagnostics go and how to locate a node in the text. */
export interface ReadContext {
  readonly lineCounter: LineCounter
  readonly plain: PlainContext
  readonly diagnostics: Diagnostic[]
  /** Records a diagnostic at the node's source range (the document start when it has none); `text` gives its message. */
  report(code: string, severity: Severity, text: Message, path: JsonPath, node: unknown): void
}

/** Builds a {@link ReadContext} whose `report` records diagnostics with the node's source range. */
export function readContext(lineCounter: LineCounter, plain: PlainContext): ReadContext {
  const diagnostics: Diagnostic[] = []
  return {
    lineCounter,
    plain,
    diagnostics,
    report(code, severity, text, path, node) {
      // Values are read through their aliases (`deref`); an alias still here as a value has no anchor or is past
      // the budget, and its own error (yaml-alias-unresolved, yaml-too-complex) says so. A type complaint about
      // it would only add noise. Other reports (an alias used as a key) stand.
      if (isAlias(node) && (code === 'field-type' || code === 'step-not-mapping')) return
      const r = (node as { range?: [number, number, number] } | null)?.range
      const range = rangeOf(lineCounter, r?.[0] ?? 0, r?.[1] ?? r?.[0] ?? 0)
      diagnostics.push({ code, severity, message: formatMessage(text), text, path: [...path], range })
    },
  }
}
