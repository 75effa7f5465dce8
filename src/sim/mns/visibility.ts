import { cancel, schedule } from '../engine/clock.ts'
import { randomBase64 } from '../engine/random.ts'
import type { SimContext } from '../engine/SimContext.ts'
import type { MessageRecord } from '../trace/MessageRecord.ts'
import { messageHeap } from './messageHeap.ts'

/** What ChangeMessageVisibility answers: the new receipt handle and when the message turns visible again. */
export type VisibilityResult =
  | { readonly ok: true; readonly receiptHandle: string; readonly nextVisibleTime: number }
  | { readonly ok: false; readonly code: string; readonly message: string }

/**
 * ChangeMessageVisibility (REFERENCE §12.5): an in-flight message stays invisible for `seconds` more from now,
 * under a new receipt handle; the old handle no longer deletes or changes it (`MessageNotExist`), as on the
 * service, where any state change of a message invalidates its handle.
 */
export function changeVisibility(ctx: SimContext, queue: string, handle: string, seconds: number): VisibilityResult {
  const s = ctx.state
  const index = Object.prototype.hasOwnProperty.call(s.receipts, handle) ? s.receipts[handle] : undefined
  const msg = index === undefined ? undefined : s.messages[index]
  if (!msg || msg.queue !== queue) return { ok: false, code: 'ReceiptHandleError', message: 'The receipt handle is not valid for this queue.' }
  if (msg.state !== 'inactive' || msg.receiptHandle !== handle) {
    return { ok: false, code: 'MessageNotExist', message: 'The message does not exist or the receipt handle has expired.' }
  }
  const fresh = `${msg.dequeueCount}-${randomBase64(s, 32, true)}`
  s.receipts[fresh] = msg.index
  msg.receiptHandle = fresh
  cancel(s, msg.visibleTimer)
  msg.nextVisibleTime = s.now + Math.round(seconds * 1000)
  msg.visibleTimer = schedule(s, msg.nextVisibleTime, { kind: 'visible', message: msg.index })
  msg.transitions.push({ time: s.now, state: 'inactive', dequeueCount: msg.dequeueCount, receiptHandle: fresh })
  return { ok: true, receiptHandle: fresh, nextVisibleTime: msg.nextVisibleTime }
}

/**
 * PeekMessage / BatchPeekMessage: up to `n` receivable messages of `queue` in dequeue order, without changing
 * anything (no receipt handle, no dequeue count).
 */
export function peekMessages(ctx: SimContext, queue: string, n: number): MessageRecord[] {
  const q = Object.prototype.hasOwnProperty.call(ctx.state.queues, queue) ? ctx.state.queues[queue] : undefined
  if (!q) return []
  const heap = q.active.slice()
  const out: MessageRecord[] = []
  while (out.length < n && heap.length > 0) out.push(ctx.state.messages[messageHeap.removeAt(heap, ctx.state.messages, 0)!]!)
  return out
}
