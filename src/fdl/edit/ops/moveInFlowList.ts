import { isSeq } from 'yaml'
import type { JsonPath } from '../../model/JsonPath.ts'
import type { EditContext, Plan } from '../EditContext.ts'
import { locate } from '../yaml/locate.ts'
import { flowFallback } from './flowFallback.ts'
import { outermostFlow } from '../yaml/outermostFlow.ts'

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
