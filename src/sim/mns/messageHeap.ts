import type { MessageRecord } from '../trace/MessageRecord.ts'

/** Dequeue order of MNS (REFERENCE §12.6): higher priority (smaller number) first, then send order. */
function before(messages: readonly MessageRecord[], a: number, b: number): boolean {
  const ma = messages[a]!
  const mb = messages[b]!
  return ma.priority < mb.priority || (ma.priority === mb.priority && a < b)
}

/** Heap operations over message indexes, so a queue with thousands of messages still receives in O(log n). */
export const messageHeap = {
  push(heap: number[], messages: readonly MessageRecord[], index: number): void {
    heap.push(index)
    up(heap, messages, heap.length - 1)
  },
  /** Removes and returns the element at `pos` (0 is the next message in order). */
  removeAt(heap: number[], messages: readonly MessageRecord[], pos: number): number | undefined {
    const out = heap[pos]
    const last = heap.pop()
    if (pos < heap.length && last !== undefined) {
      heap[pos] = last
      up(heap, messages, pos)
      down(heap, messages, pos)
    }
    return out
  },
}

function up(heap: number[], messages: readonly MessageRecord[], i: number): void {
  while (i > 0) {
    const p = (i - 1) >> 1
    if (!before(messages, heap[i]!, heap[p]!)) return
    ;[heap[i], heap[p]] = [heap[p]!, heap[i]!]
    i = p
  }
}

function down(heap: number[], messages: readonly MessageRecord[], i: number): void {
  for (;;) {
    const l = 2 * i + 1
    const r = l + 1
    let m = i
    if (l < heap.length && before(messages, heap[l]!, heap[m]!)) m = l
    if (r < heap.length && before(messages, heap[r]!, heap[m]!)) m = r
    if (m === i) return
    ;[heap[i], heap[m]] = [heap[m]!, heap[i]!]
    i = m
  }
}
