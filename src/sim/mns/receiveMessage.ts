import { schedule, cancel, randomBase64 } from '../engine/clock.ts'
import type { SimContext } from '../engine/SimContext.ts'
import { dispatch, pushAction, queueOf, messageHeap } from './queues.ts'
import { onWorkerPollExpired } from './worker.ts'
import type { MessageRecord } from '../trace/Trace.ts'

/**
 * ReceiveMessage by a person (REFERENCE §12.4): returns the poll id. A receivable message is taken at once;
 * otherwise the poll waits up to `waitSeconds` (0–30) for one and then ends with `MessageNotExist`.
 * Read the outcome with the poller (`state.pollers[id]`).
 */
export function receiveMessage(ctx: SimContext, queue: string, waitSeconds: number): number {
  const s = ctx.state
  const q = queueOf(ctx, queue)
  const wait = Math.min(30, Math.max(0, waitSeconds))
  const id = s.nextPollerId++
  s.pollers[id] = { id, queue, kind: 'manual', since: s.now, deadline: s.now + wait * 1000, timer: 0, status: 'waiting', message: -1, receiptHandle: '' }
  q.waiting.unshift(id)
  dispatch(ctx, q)
  const poller = s.pollers[id]!
  if (poller.status === 'waiting') {
    if (wait === 0) onPollExpired(ctx, id)
    else poller.timer = schedule(s, poller.deadline, { kind: 'pollExpired', poller: id })
  }
  return id
}

/** Work item `pollExpired`: the long poll ends empty-handed (a worker slot's then polls again). */
export function onPollExpired(ctx: SimContext, id: number): void {
  const s = ctx.state
  const poller = s.pollers[id]
  if (!poller || poller.status !== 'waiting') return
  if (poller.kind === 'worker') return onWorkerPollExpired(ctx, poller)
  poller.status = 'empty'
  poller.timer = 0
  const q = queueOf(ctx, poller.queue)
  const pos = q.waiting.indexOf(id)
  if (pos >= 0) q.waiting.splice(pos, 1)
  pushAction(ctx, { time: ctx.state.now, kind: 'ReceiveMessage', actor: 'manual', queue: poller.queue, messageId: '', receiptHandle: '', token: '', result: 'MessageNotExist', since: poller.since, execution: -1, stepName: '' })
}

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
  const index = s.receipts.get(handle)
  const msg = index === undefined ? undefined : s.messages[index]
  if (!msg || msg.queue !== queue) return { ok: false, code: 'ReceiptHandleError', message: 'The receipt handle is not valid for this queue.' }
  if (msg.state !== 'inactive' || msg.receiptHandle !== handle) {
    return { ok: false, code: 'MessageNotExist', message: 'The message does not exist or the receipt handle has expired.' }
  }
  const fresh = `${msg.dequeueCount}-${randomBase64(s, 32, true)}`
  s.receipts.set(fresh, msg.index)
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
