import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import { STEP_TYPES } from '../../model/StepType.ts'

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
