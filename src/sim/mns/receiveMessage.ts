import { schedule } from '../engine/clock.ts'
import type { SimContext } from '../engine/SimContext.ts'
import { dispatch, pushAction, queueOf } from './queues.ts'
import { onWorkerPollExpired } from './worker.ts'

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
  pushAction(ctx, { kind: 'ReceiveMessage', actor: 'manual', queue: poller.queue, messageId: '', receiptHandle: '', token: '', result: 'MessageNotExist', since: poller.since, execution: -1, stepName: '' })
}
