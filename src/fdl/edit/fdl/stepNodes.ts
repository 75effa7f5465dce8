import { isMap, isScalar, isSeq, type Document, type YAMLMap } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'

/** A step mapping of the document and its path. */
export interface StepNode {
  readonly node: YAMLMap
  readonly path: JsonPath
}

/** The `steps` lists nested directly in a step: its own body, each choice branch, the default, each parallel branch. */
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

/**
 * Every step mapping under the `steps` list at `seqPath` (the whole flow by default), at any depth, in
 * document order. Iterative, so hostile nesting cannot overflow the stack.
 */
export function stepNodes(doc: Document, seqPath: JsonPath = ['steps']): StepNode[] {
  const out: StepNode[] = []
  const start = doc.getIn(seqPath, true)
  const stack: { seq: unknown; path: JsonPath }[] = [{ seq: start, path: seqPath }]
  while (stack.length > 0) {
    const { seq, path } = stack.pop()!
    if (!isSeq(seq)) continue
    const found: { seq: unknown; path: JsonPath }[] = []
    seq.items.forEach((item, i) => {
      if (!isMap(item)) return
      const p = [...path, i]
      out.push({ node: item, path: p })
      found.push(...childSequences(item, p))
    })
    stack.push(...found.reverse())
  }
  return out
}

/** The step's `name` as written, or '' when it has none. */
export function stepName(step: YAMLMap): string {
  const n = step.get('name', true)
  return isScalar(n) && n.value != null ? String(n.value) : ''
}
