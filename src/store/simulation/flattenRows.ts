import type { TraceIndex } from './TraceIndex.ts'

/**
 * The timeline's rows in display order (each row followed by its children, depth first), keeping only rows
 * that had started by time `t` and skipping the children of collapsed rows. Returns row ids.
 */
export function flattenRows(index: TraceIndex, collapsed: ReadonlySet<number>, t: number): number[] {
  const out: number[] = []
  const started = (row: number) => {
    const first = index.rows[row]!.spans[0]
    return first !== undefined && index.spans[first]!.start <= t
  }
  const stack: number[] = []
  for (let i = index.roots.length - 1; i >= 0; i--) stack.push(index.roots[i]!)
  while (stack.length > 0) {
    const id = stack.pop()!
    if (!started(id)) continue
    out.push(id)
    if (collapsed.has(id)) continue
    const children = index.rows[id]!.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return out
}
