import { reportTaskFailed, reportTaskSucceeded } from '../engine/callbacks.ts'
import { schedule } from '../engine/clock.ts'
import type { Poller, QueueState } from '../engine/SimState.ts'
import type { SimContext } from '../engine/SimContext.ts'
import type { MessageRecord } from '../trace/MessageRecord.ts'
import { setKey } from '../data/setKey.ts'
import { deleteMessage, dispatch, queueOf } from './queues.ts'

/** Whether a person plays the worker of this queue (run-time switch first, then the scenario's `worker.manual`). */
export function isManual(ctx: SimContext, queue: string): boolean {
  const mode = Object.prototype.hasOwnProperty.call(ctx.state.workerModes, queue) ? ctx.state.workerModes[queue] : undefined
  if (mode) return mode === 'manual'
  const m = ctx.scenario.worker.manual
  return m === true || (Array.isArray(m) && m.includes(queue))
}

/** Gives an automatic queue its worker slots (each a back-to-back long poll); manual queues get none. */
export function ensureWorker(ctx: SimContext, q: QueueState): void {
  if (isManual(ctx, q.name) || q.workerSlots.length > 0) return
  const s = ctx.state
  for (let i = 0; i < ctx.scenario.worker.concurrency; i++) {
    const id = s.nextPollerId++
    s.pollers[id] = { id, queue: q.name, kind: 'worker', since: s.now, deadline: -1, timer: 0, status: 'waiting', message: -1, receiptHandle: '' }
    q.workerSlots.push(id)
    q.waiting.push(id)
  }
  dispatch(ctx, q)
}

/** Switches a queue between the simulated worker and a person; jobs already taken still finish. */
export function setWorkerMode(ctx: SimContext, queue: string, mode: 'auto' | 'manual'): void {
  setKey(ctx.state.workerModes, queue, mode)
  const q = queueOf(ctx, queue)
  if (mode === 'auto') return ensureWorker(ctx, q)
  const slots = new Set(q.workerSlots)
  q.workerSlots = []
  const keep = q.waiting.filter((id) => !slots.has(id))
  q.waiting.length = 0
  q.waiting.push(...keep)
}

/** A worker slot got a message: it works for the scenario's `after` seconds of this task call. */
export function onWorkerReceived(ctx: SimContext, poller: Poller, msg: MessageRecord): void {
  const s = ctx.state
  const seconds = msg.outcome.after ?? ctx.options.defaultTaskDurationSeconds
  schedule(s, s.now + Math.round(seconds * 1000), { kind: 'workerDone', message: msg.index, receiptHandle: poller.receiptHandle, poller: poller.id, delivery: msg.dequeueCount })
}

/**
 * Work item `workerDone` (REFERENCE §12.7): report with the token from the body (twice with `reportTwice`), then
 * delete with the receipt handle, unless `crashBeforeDelete` on the first delivery; then poll again. A `timeout`
 * outcome never reports: the worker drops the job and deletes the message.
 */
export function onWorkerDone(ctx: SimContext, work: { message: number; receiptHandle: string; poller: number; delivery: number }): void {
  const s = ctx.state
  const msg = s.messages[work.message]!
  const outcome = msg.outcome
  const by = { actor: 'worker' as const, queue: msg.queue, messageId: msg.messageId }
  const canReport = msg.token !== null && (msg.tokenInBody || !ctx.options.callbackNeedsToken) && outcome.kind !== 'timeout'
  const reports = canReport ? (ctx.scenario.worker.reportTwice && work.delivery === 1 ? 2 : 1) : 0
  for (let i = 0; i < reports; i++) {
    if (outcome.kind === 'succeed') reportTaskSucceeded(ctx, msg.token!, JSON.stringify(outcome.output ?? null), by)
    else if (outcome.kind === 'fail') reportTaskFailed(ctx, msg.token!, outcome.error, outcome.cause, by)
  }
  if (!(ctx.scenario.worker.crashBeforeDelete && work.delivery === 1)) deleteMessage(ctx, msg.queue, work.receiptHandle, 'worker')
  const poller = s.pollers[work.poller]
  const q = queueOf(ctx, msg.queue)
  if (!poller || !q.workerSlots.includes(poller.id)) return
  poller.status = 'waiting'
  poller.since = s.now
  poller.message = -1
  poller.receiptHandle = ''
  q.waiting.push(poller.id)
  dispatch(ctx, q)
}
