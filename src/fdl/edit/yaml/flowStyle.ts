import { isCollection, isSeq, isAlias, isNode, isPair, isScalar, visit, type Node, type Document } from 'yaml'
import type { EditContext, Reason, EditableDocument } from '../EditContext.ts'
import type { ScalarStyle } from './yamlText.ts'
import { yamlText } from './yamlText.ts'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { locate, type Located, isNullValue } from './nodes.ts'
import { msg } from '../../../i18n/Message.ts'
import { parseForEdit } from '../EditContext.ts'
import { unresolvedAliases } from '../../parse/aliases.ts'

/** Index in `chain` (up to `upTo`) of the outermost flow collection, or -1 when all are block style. */
export function outermostFlow(chain: readonly Located[], upTo: number): number {
  for (let i = 0; i <= upTo && i < chain.length; i++) {
    const n = chain[i]!.node
    if (isCollection(n) && n.flow) return i
  }
  return -1
}

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

/**
 * The flow collection (a JSON flow's root, or a `[ … ]` / `{ … }` in YAML) that holds all of these lists, as
 * `flowFallback` takes it; null when one of them is not inside that same collection. A list not written yet
 * (a choice's missing `default`) counts where its nearest written ancestor is; one written empty or `null`
 * counts as a list to fill. An edit of several places inside one flow collection must rewrite it once:
 * each place rewriting it gives edits of the same text, which cannot all apply.
 */
export function sharedFlow(ctx: EditContext, lists: readonly JsonPath[]): { chain: readonly Located[]; at: number } | null {
  let shared: { chain: readonly Located[]; at: number } | null = null
  for (const list of lists) {
    const { chain, found } = locate(ctx.doc, list)
    const last = chain[chain.length - 1]!.node
    if (found && !isSeq(last) && !isNullValue(last)) return null
    const at = outermostFlow(chain, chain.length - 1)
    if (at < 0 || (shared && shared.chain[shared.at]!.node !== chain[at]!.node)) return null
    shared ??= { chain, at }
  }
  return shared
}

/**
 * Why rewriting flow collection `node` from its plain value would change more than the edit, or null when it
 * is safe. The plain value expands aliases and loses anchors (a `*name` elsewhere would point at nothing),
 * drops tags (`!Ref svc/fn` would become `svc/fn`), turns keys into strings (`null:` would become `"":`) and
 * rounds integers past 2^53. The collection's own anchor or tag is outside the rewritten text and stays.
 */
export function flowRewriteRisk(node: Node): Reason | null {
  let risk: Reason | null = null
  visit(node, (key, n) => {
    if (n === node) return undefined
    risk = nodeRisk(n, key === 'key')
    return risk ? visit.BREAK : undefined
  })
  return risk
}

function nodeRisk(n: unknown, isKey: boolean): Reason | null {
  if (isPair(n) || !isNode(n)) return null
  if (isAlias(n) || n.anchor) return { reason: msg('This [ … ] or { … } collection uses YAML anchors or aliases (&name, *name) that rewriting it would break; edit it in the code.') }
  if (n.tag) return { reason: msg('This [ … ] or { … } collection holds a tagged value ({tag}) that rewriting it would drop; edit it in the code.', { tag: n.tag }) }
  if (!isScalar(n)) return isKey ? { reason: msg('This [ … ] or { … } collection has a key that is not a plain string; edit it in the code.') } : null
  const v = n.value
  if (isKey && typeof v !== 'string') {
    return { reason: msg('This [ … ] or { … } collection has a key that is not a plain string ({key}); edit it in the code.', { key: String(n.source ?? v) }) }
  }
  if (typeof v === 'bigint' || (typeof v === 'number' && !(Number.isSafeInteger(v) || (Number.isFinite(v) && !Number.isInteger(v))))) {
    return { reason: msg('This [ … ] or { … } collection holds a number ({number}) that rewriting it would round; edit it in the code.', { number: String(n.source ?? v) }) }
  }
  return null
}

/**
 * Why the edited text breaks an alias, or null. Deleting or moving a value that carries an anchor (`&m`) can
 * leave a `*m` with nothing before it, and the yaml library parses that without an error, so the usual
 * re-parse does not catch it. Only documents with an anchor pay for the extra parse.
 */
export function breaksAliases(before: EditableDocument, after: string): Reason | null {
  if (!after.includes('*') || !before.text.includes('&') || !hasAnchor(before.document)) return null
  // Per name: an edit that mends one dangling alias must not pass for breaking another.
  const was = new Map<string, number>()
  for (const a of unresolvedAliases(before.document)) was.set(a.source, (was.get(a.source) ?? 0) + 1)
  for (const a of unresolvedAliases(parseForEdit(after).document)) was.set(a.source, (was.get(a.source) ?? 0) - 1)
  const name = [...was].find(([, n]) => n < 0)?.[0]
  if (name === undefined) return null
  return { reason: msg('This edit would leave `*{name}` with no anchor `&{name}` before it; change anchors and aliases in the code.', { name }) }
}

function hasAnchor(doc: Document): boolean {
  let found = false
  visit(doc, (_key, n) => {
    if (!isNode(n) || !n.anchor) return undefined
    found = true
    return visit.BREAK
  })
  return found
}
