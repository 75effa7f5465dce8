import type { TraceIndex } from './TraceIndex.ts'

/**
 * The timeline's rows in display order (each row followed by its children, depth first), skipping the
 * children of collapsed rows. Returns row ids; computed once per trace version, then cut by time with
 * `rowsStartedBy`.
 */
export function flattenRows(index: TraceIndex, collapsed: ReadonlySet<number>): Int32Array {
  const out: number[] = []
  const stack: number[] = []
  for (let i = index.roots.length - 1; i >= 0; i--) stack.push(index.roots[i]!)
  while (stack.length > 0) {
    const id = stack.pop()!
    out.push(id)
    if (collapsed.has(id)) continue
    const children = index.rows[id]!.children
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
  }
  return Int32Array.from(out)
}
