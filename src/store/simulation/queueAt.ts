import type { SimTrace } from './SimTrace.ts'
import { messageAt, type QueueEntry } from './messageAt.ts'

/** Every queue message sent by time `t`, with its state then (delayed, active, in flight, deleted), in send order. */
export function queueAt(trace: SimTrace | null, t: number): readonly QueueEntry[] {
  if (!trace) return []
  const out: QueueEntry[] = []
  for (const m of trace.messages) {
    if (!m || m.topic) continue
    const e = messageAt(m, t)
    if (e) out.push(e)
  }
  return out
}
