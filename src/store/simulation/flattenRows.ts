import type { TraceIndex } from './TraceIndex.ts'

/**
 * The timeline's rows in display order (each row followed by its children, depth first), skipping the
 * children of collapsed rows. Returns row ids; computed once per trace version, then cut by time with
 * {@link rowsStartedBy}.
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

/** The rows of `order` that had started by time `t` (a row starts with its first run; its children later). */
export function rowsStartedBy(index: TraceIndex, order: Int32Array, t: number): Int32Array {
  let n = 0
  const out = new Int32Array(order.length)
  for (const id of order) {
    const first = index.rows[id]!.spans[0]
    if (first !== undefined && index.spans[first]!.start <= t) out[n++] = id
  }
  return n === out.length ? out : out.slice(0, n)
}
