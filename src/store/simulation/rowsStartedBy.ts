import type { TraceIndex } from './TraceIndex.ts'

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
