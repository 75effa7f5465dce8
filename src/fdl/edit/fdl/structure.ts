import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml'
import type { JsonPath } from '../../model/jsonPaths.ts'
import { STEP_TYPES } from '../../model/Step.ts'
import type { Located } from '../yaml/nodes.ts'
import type { Node } from 'yaml'
import { msg } from '../../../i18n/Message.ts'
import type { EditContext, Reason } from '../EditContext.ts'
import type { NewItem } from '../ops/insertItems.ts'
import { itemLayout } from '../yaml/layout.ts'
import { dedentText } from '../text/textLines.ts'
import { yamlText } from '../yaml/yamlText.ts'
import { outermostFlow } from '../yaml/flowStyle.ts'

/** Which kind of `steps` list a sequence path names. */
export type SequenceKind = 'flow' | 'choice' | 'default' | 'parallel' | 'foreach' | 'other'

/** What a path names in an FDL document: a step (an existing mapping) or a `steps` list (maybe not written yet). */
export type PathClass =
  | { readonly kind: 'step'; readonly node: YAMLMap; readonly type: string }
  | { readonly kind: 'sequence'; readonly sequence: SequenceKind; readonly length: number }

const KNOWN = new Set<string>(STEP_TYPES)

/**
 * Classifies a path by the FDL grammar: `steps` of the flow, of a foreach (or unknown) step, of choice
 * branch `i` or the `default`, of parallel branch `i`; items of those lists are steps. A sequence may be
 * missing (inserting creates it; a missing `default` too), but the branch holding it must exist. Null
 * for any other path. Walks the path once, without recursion.
 */
export function classifyPath(doc: Document, path: JsonPath): PathClass | null {
  let node: unknown = doc.contents
  if (!isMap(node) || path[0] !== 'steps') return null
  let i = 1
  let seq: unknown = node.get('steps', true)
  let kind: SequenceKind = 'flow'
  for (;;) {
    if (i === path.length) return seqClass(seq, kind)
    const idx = path[i]
    if (!isSeq(seq) || typeof idx !== 'number' || !Number.isInteger(idx) || idx < 0 || idx >= seq.items.length) return null
    const step = seq.items[idx]
    if (!isMap(step)) return null
    const typeNode = step.get('type', true)
    const type = isScalar(typeNode) && typeof typeNode.value === 'string' ? typeNode.value : ''
    if (i + 1 === path.length) return { kind: 'step', node: step, type }
    const key = path[i + 1]
    let holder: unknown = step
    let next = i + 2
    if (key === 'choices' || key === 'branches') {
      if (type !== (key === 'choices' ? 'choice' : 'parallel')) return null
      const list = step.get(key, true)
      const b = path[i + 2]
      holder = isSeq(list) && typeof b === 'number' ? list.items[b] : undefined
      if (!isMap(holder)) return null
      next = i + 3
      kind = key === 'choices' ? 'choice' : 'parallel'
    } else if (key === 'default') {
      if (type !== 'choice') return null
      holder = step.get('default', true)
      kind = 'default'
    } else if (key === 'steps' && (type === 'foreach' || !KNOWN.has(type))) {
      next = i + 1
      kind = type === 'foreach' ? 'foreach' : 'other'
    } else return null
    if (path[next] !== 'steps') return null
    seq = isMap(holder) ? holder.get('steps', true) : undefined
    if (holder != null && !isMap(holder) && !(isScalar(holder) && holder.value == null)) return null
    i = next + 1
  }
}

function seqClass(seq: unknown, kind: SequenceKind): PathClass | null {
  if (seq == null || (isScalar(seq) && seq.value == null)) return { kind: 'sequence', sequence: kind, length: 0 }
  return isSeq(seq) ? { kind: 'sequence', sequence: kind, length: seq.items.length } : null
}

/** True for the containers a removal never takes away when it empties them: the root, steps and `steps` lists. */
export function isStructural(loc: Located): boolean {
  const p = loc.path
  if (p.length === 0) return true
  if (isSeq(loc.node) && p[p.length - 1] === 'steps') return true
  return isMap(loc.node) && typeof p[p.length - 1] === 'number' && p[p.length - 2] === 'steps'
}

/**
 * The `steps` lists nested directly in a step mapping, with their paths: its own body, each choice
 * branch, the default, each parallel branch (whether the step's type reads them or not).
 */
export function childSequences(step: YAMLMap, path: JsonPath): { seq: unknown; path: JsonPath }[] {
  const out: { seq: unknown; path: JsonPath }[] = [{ seq: step.get('steps', true), path: [...path, 'steps'] }]
  for (const key of ['choices', 'branches']) {
    const list = step.get(key, true)
    if (isSeq(list)) list.items.forEach((b, i) => isMap(b) && out.push({ seq: b.get('steps', true), path: [...path, key, i, 'steps'] }))
  }
  const def = step.get('default', true)
  if (isMap(def)) out.push({ seq: def.get('steps', true), path: [...path, 'default', 'steps'] })
  return out
}

/** One `goto` written in a step: its path and the step name it names. */
export interface GotoRef {
  readonly path: JsonPath
  readonly target: string
}

/** The `goto`s of a step that name its siblings: `choices[i].goto`, `default.goto` and `catch[i].goto` (REFERENCE §2.2). */
export function gotoPaths(step: YAMLMap, path: JsonPath): GotoRef[] {
  const out: GotoRef[] = []
  const add = (holder: unknown, p: JsonPath) => {
    if (!isMap(holder)) return
    const g = holder.get('goto', true)
    if (isScalar(g) && g.value != null) out.push({ path: [...p, 'goto'], target: String(g.value) })
  }
  for (const key of ['choices', 'catch']) {
    const list = step.get(key, true)
    if (isSeq(list)) list.items.forEach((item, i) => add(item, [...path, key, i]))
  }
  add(step.get('default', true), [...path, 'default'])
  return out
}

/**
 * The text of the list item at the end of `chain`, cut loose from its column so it can be written
 * elsewhere: its own lines with their comments (and the comment lines above it when `withLeading`), or
 * its canonical rendering when it sits in a flow list.
 */
export function stepItem(ctx: EditContext, chain: readonly Located[], withLeading: boolean): NewItem | Reason {
  const loc = chain[chain.length - 1]!
  let value: unknown
  try {
    value = (loc.node as Node).toJS(ctx.doc, { maxAliasCount: 100 })
  } catch {
    return { reason: msg('This step uses aliases that cannot be expanded safely; edit it in the code.') }
  }
  const parent = loc.parent
  const layout = parent?.kind === 'item' && outermostFlow(chain, chain.length - 2) < 0 ? itemLayout(ctx.src, parent.seq, parent.index) : null
  if (!layout) return { text: yamlText.item(value), value }
  const from = withLeading ? layout.start : layout.lineStart
  return { text: dedentText(ctx.src.text.slice(from, layout.end), layout.dashCol), value }
}
