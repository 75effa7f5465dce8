import { msg } from '../../../i18n/Message.ts'
import { UNREACHABLE, type EditContext, type Plan } from '../EditContext.ts'
import type { Located } from '../yaml/locate.ts'
import { pairLayout } from '../yaml/pairLayout.ts'
import { itemLayout } from '../yaml/itemLayout.ts'
import { indentText } from '../text/indentText.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { flowFallback } from './flowFallback.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'
import { isEmptyValue } from '../yaml/isEmptyValue.ts'
import { beforeBreak } from '../text/beforeBreak.ts'
import { plainEdit } from './plainEdit.ts'

/**
 * A value to write: `value` is the plain data (used inside flow collections); `render` may give its block
 * text instead (moved or pasted steps keep their own text and comments). Renders follow `key:` (context
 * 'pair': ` x`, or a line break and lines indented by 2) or `-` (context 'item': ` x`, continuation lines
 * relative to the dash), both relative to column 0.
 */
export interface NewValue {
  readonly value: unknown
  readonly render?: (context: 'pair' | 'item') => string
}

/** The canonical rendering of a plain value. */
export function renderValue(v: NewValue, context: 'pair' | 'item'): string {
  if (v.render) return v.render(context)
  return context === 'pair' ? yamlText.pairValue(v.value) : yamlText.item(v.value).slice(1)
}

/**
 * Replaces the node at the end of `chain` with a new value, touching only the node's own text: the key,
 * the dash, comments on the key line and everything around stay as they are.
 */
export function replaceValue(ctx: EditContext, chain: readonly Located[], v: NewValue): Plan {
  const loc = chain[chain.length - 1]!
  if (!loc.parent) return { reason: msg('The document root cannot be replaced.') }
  if ((loc.node as { anchor?: string } | null)?.anchor) return { reason: msg('This value has an anchor (&name) that other places may use; edit it in the code.') }
  const flowAt = outermostFlow(chain, chain.length - 2)
  if (flowAt >= 0) return flowFallback(ctx, chain, flowAt, (plain, rel) => plainEdit.set(plain, rel(loc.path), v.value))
  return loc.parent.kind === 'pair' ? replacePairValue(ctx, loc, v) : replaceItemValue(ctx, loc, v)
}

function replacePairValue(ctx: EditContext, loc: Located, v: NewValue): Plan {
  const { src } = ctx
  const parent = loc.parent!
  if (parent.kind !== 'pair') return UNREACHABLE
  const L = pairLayout(src, parent.map, parent.index)
  if (!L) return { reason: msg('This key uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const text = renderValue(v, 'pair')
  const inline = !text.startsWith('\n')
  if (!L.blockValue) {
    const empty = isEmptyValue(loc.node)
    let vStart = L.colon
    while (!empty && (src.text[vStart] === ' ' || src.text[vStart] === '\t')) vStart++
    const vEnd = empty ? L.colon : L.contentEnd
    // `key: # note` with the value on the next line: the comment stays on the key's line.
    if (!empty && src.text[vStart] === '#') return replaceBelowComment(ctx, loc, L.colon, vEnd, L.keyCol, text)
    if (inline) return [{ start: empty ? L.colon : vStart, end: vEnd, text: indentText(empty ? text : text.slice(1), L.keyCol, src.eol, true) }]
    if (!src.restIsComment(vEnd)) return { reason: msg('Unexpected text after this value; edit it in the code.') }
    const at = src.lineEnd(vEnd)
    return [
      { start: L.colon, end: vEnd, text: '' },
      { start: at, end: at, text: indentText(text, L.keyCol, src.eol) },
    ]
  }
  if (!src.restIsComment(L.colon)) return { reason: msg('This value has an anchor or tag before it; edit it in the code.') }
  const keyLineEnd = src.lineEnd(L.colon)
  const blockEnd = beforeBreak(src.text, L.end)
  if (inline) return [
    { start: L.colon, end: L.colon, text: indentText(text, L.keyCol, src.eol, true) },
    { start: keyLineEnd, end: blockEnd, text: '' },
  ]
  return [{ start: keyLineEnd, end: blockEnd, text: indentText(text, L.keyCol, src.eol) }]
}

/** Replaces a scalar written on a line below its key's comment: the new text follows the key's line. */
function replaceBelowComment(ctx: EditContext, loc: Located, colon: number, vEnd: number, keyCol: number, text: string): Plan {
  const { src } = ctx
  const vStart = (loc.node as { range?: [number, number, number] }).range?.[0]
  if (vStart === undefined || !src.restIsComment(vEnd)) return { reason: msg('Unexpected text after this value; edit it in the code.') }
  const keyLineEnd = src.lineEnd(colon)
  const block = text.startsWith('\n') ? text : '\n  ' + text.slice(1)
  return [{ start: keyLineEnd, end: vEnd, text: indentText(block, keyCol, src.eol) }]
}

function replaceItemValue(ctx: EditContext, loc: Located, v: NewValue): Plan {
  const { src } = ctx
  const parent = loc.parent!
  if (parent.kind !== 'item') return UNREACHABLE
  const I = itemLayout(src, parent.seq, parent.index)
  if (!I) return { reason: msg('This list item uses a YAML layout the visual editor cannot change safely; edit it in the code.') }
  const text = indentText(renderValue(v, 'item'), I.dashCol, src.eol, true)
  if (isEmptyValue(loc.node)) return [{ start: I.dash + 1, end: I.dash + 1, text }]
  return [{ start: I.dash + 1, end: I.contentEnd, text }]
}
