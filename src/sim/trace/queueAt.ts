import type { MessageAt } from './MessageAt.ts'
import type { Trace } from './Trace.ts'

/**
 * Every message sent at or before `t`, with its state, dequeue count and receipt handle as they were at `t`
 * (delayed, active, inactive = in flight, deleted). Optionally one queue only. Pure.
 */
export function queueAt(trace: Trace, t: number, queue?: string): MessageAt[] {
  const out: MessageAt[] = []
  for (const m of trace.messages) {
    if (m.enqueueTime > t) break
    if (queue !== undefined && m.queue !== queue) continue
    let k = 0
    while (k + 1 < m.transitions.length && m.transitions[k + 1]!.time <= t) k++
    const tr = m.transitions[k]!
    out.push({
      index: m.index, queue: m.queue, topic: m.topic, messageId: m.messageId, body: m.body, priority: m.priority, enqueueTime: m.enqueueTime,
      state: tr.state, dequeueCount: tr.dequeueCount, receiptHandle: tr.receiptHandle, token: m.token, execution: m.execution, stepName: m.stepName,
    })
  }
  return out
}
