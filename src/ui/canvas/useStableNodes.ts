import type { Node } from '@xyflow/react'
import { useState } from 'react'

/**
 * Equal primitives, or arrays / plain objects with equal entries, at any depth: paths, badges and messages
 * (a message's values may be messages themselves, `Condition 2 of Route` inside `Add a step to …`).
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const ka = Object.keys(a)
  if (ka.length !== Object.keys(b).length) return false
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
}

/** Node data compared by value (its values are primitives, paths, badges and messages). */
function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((k) => sameValue(a[k], b[k]))
}

function sameNode(a: Node, b: Node): boolean {
  return a.type === b.type && a.parentId === b.parentId && a.width === b.width && a.height === b.height &&
    a.position.x === b.position.x && a.position.y === b.position.y && a.selected === b.selected &&
    a.ariaLabel === b.ariaLabel && sameData(a.data, b.data)
}

interface Memo {
  readonly nodes: readonly Node[]
  readonly selected: ReadonlySet<string>
  readonly out: Node[]
  readonly byId: ReadonlyMap<string, Node>
}

function stabilise(nodes: readonly Node[], selected: ReadonlySet<string>, prev: ReadonlyMap<string, Node> | undefined): Memo {
  const byId = new Map<string, Node>()
  const out = nodes.map((n) => {
    const candidate = n.selectable ? { ...n, selected: selected.has(n.id) } : n
    const old = prev?.get(n.id)
    const kept = old && sameNode(old, candidate) ? old : candidate
    byId.set(n.id, kept)
    return kept
  })
  return { nodes, selected, out, byId }
}

/**
 * Marks selected nodes and hands React Flow the previous object for every node that did not change, so a
 * keystroke that renames one step re-renders one node, not five hundred.
 */
export function useStableNodes(nodes: readonly Node[], selected: ReadonlySet<string>): Node[] {
  const [memo, setMemo] = useState<Memo | null>(null)
  if (memo && memo.nodes === nodes && memo.selected === selected) return memo.out
  const next = stabilise(nodes, selected, memo?.byId)
  setMemo(next)
  return next.out
}
