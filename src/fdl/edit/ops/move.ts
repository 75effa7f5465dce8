import type { JsonPath } from '../../model/jsonPaths.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import { sharedFlow, outermostFlow } from '../yaml/flowStyle.ts'
import { flowFallback, plainListAt } from './plainEdit.ts'
import { isSeq } from 'yaml'
import { locate } from '../yaml/nodes.ts'

/**
 * Moves list items (`paths`, in document order) to `index` of list `sequence` (an index counted before they
 * are taken out) when all of them and that list sit in one flow collection: a JSON flow, or a `[ … ]` in YAML.
 * That collection is rewritten once (see `sharedFlow`). Null when they are not all in the same one.
 */
export function moveInFlow(ctx: EditContext, paths: readonly JsonPath[], sequence: JsonPath, index: number): Plan | null {
  const shared = sharedFlow(ctx, [sequence, ...paths.map((p) => p.slice(0, -1))])
  if (!shared) return null
  return flowFallback(ctx, shared.chain, shared.at, (plain, rel) => {
    // `plain` is a fresh copy: its lists are changed in place, through references that stay right while
    // items are taken out (paths would shift).
    const into = plainListAt(plain, rel(sequence), true)
    const taken = paths.map((p) => ({ list: plainListAt(plain, rel(p.slice(0, -1))), at: p[p.length - 1] as number }))
    const items = taken.map((t) => t.list[t.at])
    const before = index - taken.filter((t) => t.list === into && t.at < index).length
    for (const t of [...taken].sort((a, b) => b.at - a.at)) t.list.splice(t.at, 1)
    into.splice(before, 0, ...items)
    return plain
  })
}

/**
 * Moves item `from` of a list that sits in a flow collection to `before` (an index counted before the
 * item is taken out), rewriting that flow collection once; null when the list is block style.
 */
export function moveInFlowList(ctx: EditContext, list: JsonPath, from: number, before: number): Plan | null {
  const { chain } = locate(ctx.doc, list)
  const at = outermostFlow(chain, chain.length - 1)
  if (at < 0 || !isSeq(chain[chain.length - 1]!.node)) return null
  return flowFallback(ctx, chain, at, (plain, rel) => {
    const path = rel(list)
    let holder: unknown = plain
    for (const seg of path) holder = (holder as Record<string | number, unknown>)[seg]
    const items = Array.isArray(holder) ? holder.slice() : []
    const [moved] = items.splice(from, 1)
    items.splice(before > from ? before - 1 : before, 0, moved)
    return path.length === 0 ? items : setAt(plain, path, items)
  })
}

function setAt(root: unknown, path: JsonPath, value: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (Array.isArray(root)) return root.map((v, i) => (i === head ? setAt(v, rest, value) : v))
  const copy: Record<string, unknown> = {}
  for (const k of Object.keys(root as object)) {
    Object.defineProperty(copy, k, { value: k === head ? setAt((root as Record<string, unknown>)[k], rest, value) : (root as Record<string, unknown>)[k], enumerable: true, writable: true, configurable: true })
  }
  return copy
}
