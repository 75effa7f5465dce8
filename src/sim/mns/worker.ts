import { sendCall } from '../engine/callbacks.ts'
import { cancel, enqueue, schedule } from '../engine/clock.ts'
import type { Poller, QueueState } from '../engine/SimState.ts'
import type { SimContext } from '../engine/SimContext.ts'
import type { MessageRecord } from '../trace/Trace.ts'
import { dispatch, pushAction, queueOf } from './queues.ts'

/** Whether a person plays the worker of this queue (the scenario's `worker.manual`: every queue, or those named). */
export function isManual(ctx: SimContext, queue: string): boolean {
  const m = ctx.scenario.worker.manual
  return m === true || (Array.isArray(m) && m.includes(queue))
}

/** Gives an automatic queue its worker slots (each a long poll after another); manual queues get none. */
export function ensureWorker(ctx: SimContext, q: QueueState): void {
  if (isManual(ctx, q.name) || q.workerSlots.length > 0) return
  const s = ctx.state
  for (let i = 0; i < ctx.scenario.worker.concurrency; i++) {
    const id = s.nextPollerId++
    const poller: Poller = { id, queue: q.name, kind: 'worker', since: s.now, deadline: -1, timer: 0, status: 'waiting', message: -1, receiptHandle: '' }
    s.pollers[id] = poller
    q.workerSlots.push(id)
    startPoll(ctx, q, poller)
  }
  dispatch(ctx, q)
}

/**
 * A worker slot starts a long poll of `receiveWaitSeconds` (≤ 30, as MNS allows), which ends empty
 * (`MessageNotExist`) if no message comes, and then polls again (REFERENCE §12.4). A short-polling worker
 * (`receiveWaitSeconds: 0`) is taken to ask once a second, as worker loops pause between empty short polls;
 * without that pause it would ask without end at one instant. Once the run is over and nothing is left in its
 * queue, the slot goes quiet (one open-ended poll): polls of a worker nobody watches would only fill the trace.
 */
function startPoll(ctx: SimContext, q: QueueState, poller: Poller): void {
  const s = ctx.state
  poller.status = 'waiting'
  poller.since = s.now
  poller.message = -1
  poller.receiptHandle = ''
  if (keepsPolling(ctx, q)) {
    poller.deadline = s.now + Math.max(1, ctx.scenario.worker.receiveWaitSeconds) * 1000
    poller.timer = schedule(s, poller.deadline, { kind: 'pollExpired', poller: poller.id })
  } else {
    poller.deadline = -1
    poller.timer = 0
  }
  q.waiting.push(poller.id)
}

/** Whether a message may still come to `q`: an execution runs, or a message of it is not deleted yet. */
function keepsPolling(ctx: SimContext, q: QueueState): boolean {
  const s = ctx.state
  return s.settledAt === null || q.active.length > 0 || s.messages.some((m) => m.queue === q.name && m.state !== 'deleted')
}

/** A worker slot's long poll ended empty: recorded as the service answers it, then the slot polls again. */
export function onWorkerPollExpired(ctx: SimContext, poller: Poller): void {
  const q = queueOf(ctx, poller.queue)
  const pos = q.waiting.indexOf(poller.id)
  if (pos >= 0) q.waiting.splice(pos, 1)
  poller.timer = 0
  if (!keepsPolling(ctx, q)) {
    // Nothing can come any more (the run is over): the slot goes quiet without a poll nobody would see end.
    poller.deadline = -1
    q.waiting.push(poller.id)
    return
  }
  pushAction(ctx, { time: ctx.state.now, kind: 'ReceiveMessage', actor: 'worker', queue: poller.queue, messageId: '', receiptHandle: '', token: '', result: 'MessageNotExist', since: poller.since, execution: -1, stepName: '' })
  if (!q.workerSlots.includes(poller.id)) return
  startPoll(ctx, q, poller)
  dispatch(ctx, q)
}

/** The run is over: slots waiting on queues with nothing left stop their timed polls, so the run ends now. */
export function quietWorkers(ctx: SimContext): void {
  const s = ctx.state
  for (const q of Object.values(s.queues)) {
    if (q.workerSlots.length === 0 || keepsPolling(ctx, q)) continue
    for (const id of q.workerSlots) {
      const poller = s.pollers[id]
      if (!poller || poller.status !== 'waiting' || poller.timer === 0) continue
      cancel(s, poller.timer)
      poller.timer = 0
      poller.deadline = -1
    }
  }
}

/** A worker slot got a message: it works for the scenario's `after` seconds of this task call. */
export function onWorkerReceived(ctx: SimContext, poller: Poller, msg: MessageRecord): void {
  const s = ctx.state
  const seconds = msg.outcome.after ?? ctx.options.defaultTaskDurationSeconds
  schedule(s, s.now + Math.round(seconds * 1000), { kind: 'workerDone', message: msg.index, receiptHandle: poller.receiptHandle, poller: poller.id, delivery: msg.dequeueCount })
}

/**
 * Work item `workerDone` (REFERENCE §12.7): the worker sends its report with the token from the body (twice with
 * `reportTwice`), then its delete with the receipt handle, unless `crashBeforeDelete` on the first delivery; then
 * it polls again. A `timeout` outcome never reports: the worker drops the job and deletes the message. Its calls go
 * through the service's request queue (`sendCall`), the way a person's and an `fdl serve` client's do; polling
 * again is queued behind them, so it follows their effects as in a real worker's loop.
 */
export function onWorkerDone(ctx: SimContext, work: { message: number; receiptHandle: string; poller: number; delivery: number }): void {
  const s = ctx.state
  const msg = s.messages[work.message]!
  const outcome = msg.outcome
  const by = { actor: 'worker' as const, queue: msg.queue, messageId: msg.messageId }
  const canReport = msg.token !== null && (msg.tokenInBody || !ctx.options.callbackNeedsToken) && outcome.kind !== 'timeout'
  const reports = canReport ? (ctx.scenario.worker.reportTwice && work.delivery === 1 ? 2 : 1) : 0
  for (let i = 0; i < reports; i++) {
    if (outcome.kind === 'succeed') sendCall(ctx, { op: 'ReportTaskSucceeded', token: msg.token!, output: JSON.stringify(outcome.output ?? null) }, by)
    else if (outcome.kind === 'fail') sendCall(ctx, { op: 'ReportTaskFailed', token: msg.token!, error: outcome.error, cause: outcome.cause }, by)
  }
  if (!(ctx.scenario.worker.crashBeforeDelete && work.delivery === 1)) sendCall(ctx, { op: 'DeleteMessage', queue: msg.queue, receiptHandle: work.receiptHandle }, by)
  enqueue(s, { kind: 'workerPoll', poller: work.poller })
}

/** Work item `workerPoll`: a worker slot done with a message polls its queue again (or goes quiet: the run is over). */
export function onWorkerPoll(ctx: SimContext, pollerId: number): void {
  const s = ctx.state
  const poller = s.pollers[pollerId]
  if (s.settledAt !== null) quietWorkers(ctx)
  if (!poller) return
  const q = queueOf(ctx, poller.queue)
  if (!q.workerSlots.includes(poller.id)) return
  startPoll(ctx, q, poller)
  dispatch(ctx, q)
}
