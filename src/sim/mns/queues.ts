import type { CallbackAction, MessageRecord } from '../trace/Trace.ts'
import { cancel, schedule, randomBase64, randomHex, randomUnit } from '../engine/clock.ts'
import type { Poller, QueueState } from '../engine/SimState.ts'
import type { SimContext } from '../engine/SimContext.ts'
import { setKey } from '../data/objects.ts'
import { ensureWorker, onWorkerReceived } from './worker.ts'

/** What a task sends: the body as sent, and where it comes from (for the worker and the swimlane). */
export type SendSpec = Pick<
  MessageRecord,
  'queue' | 'topic' | 'body' | 'priority' | 'delaySeconds' | 'token' | 'tokenInBody' | 'execution' | 'stepName' | 'taskEvent' | 'outcome'
>

/** The queue named `name`, created on first use (with the simulated worker, unless it is manual). */
export function queueOf(ctx: SimContext, name: string): QueueState {
  // Own properties only: after a structured clone these records have a prototype again, and queue names are free text.
  let q = Object.prototype.hasOwnProperty.call(ctx.state.queues, name) ? ctx.state.queues[name] : undefined
  if (!q) {
    q = { name, active: [], waiting: [], workerSlots: [] }
    setKey(ctx.state.queues, name, q)
    ensureWorker(ctx, q)
  }
  return q
}

/**
 * SendMessage (REFERENCE §12.2): the message starts active, or delayed for `delaySeconds`, and goes to the
 * longest-waiting receiver at once if there is one (long polling). Topic messages are pushed to the subscriber.
 */
export function sendMessage(ctx: SimContext, spec: SendSpec): MessageRecord {
  const s = ctx.state
  const delayed = spec.delaySeconds > 0 && !spec.topic
  const state = spec.topic ? 'deleted' : delayed ? 'delayed' : 'active'
  const msg: MessageRecord = {
    index: s.messages.length, queue: spec.queue, topic: spec.topic, messageId: randomHex(s, 32, true), body: spec.body,
    priority: spec.priority, enqueueTime: s.now, delaySeconds: spec.delaySeconds, state, dequeueCount: spec.topic ? 1 : 0,
    receiptHandle: null, nextVisibleTime: s.now + spec.delaySeconds * 1000, firstDequeueTime: spec.topic ? s.now : null, visibleTimer: 0,
    transitions: [{ time: s.now, state: spec.topic ? 'active' : state, dequeueCount: 0, receiptHandle: null }],
    token: spec.token, tokenInBody: spec.tokenInBody, execution: spec.execution, stepName: spec.stepName, taskEvent: spec.taskEvent, outcome: spec.outcome,
  }
  s.messages.push(msg)
  record(ctx, msg, spec.topic ? 'PublishMessage' : 'SendMessage', 'workflow', '', 'OK', s.now)
  if (spec.topic) {
    msg.transitions.push({ time: s.now, state: 'deleted', dequeueCount: 1, receiptHandle: null })
    return msg
  }
  const q = queueOf(ctx, spec.queue)
  if (delayed) msg.visibleTimer = schedule(s, msg.nextVisibleTime, { kind: 'visible', message: msg.index })
  else makeActive(ctx, q, msg)
  return msg
}

/** Work item `visible`: a delay or a visibility timeout ran out; the message can be received again. */
export function onVisible(ctx: SimContext, index: number): void {
  const msg = ctx.state.messages[index]
  if (!msg || (msg.state !== 'delayed' && msg.state !== 'inactive')) return
  msg.visibleTimer = 0
  makeActive(ctx, queueOf(ctx, msg.queue), msg)
}

function makeActive(ctx: SimContext, q: QueueState, msg: MessageRecord): void {
  msg.state = 'active'
  msg.receiptHandle = null
  if (msg.transitions[msg.transitions.length - 1]!.state !== 'active') {
    msg.transitions.push({ time: ctx.state.now, state: 'active', dequeueCount: msg.dequeueCount, receiptHandle: null })
  }
  messageHeap.push(q.active, ctx.state.messages, msg.index)
  dispatch(ctx, q)
}

/** Hands receivable messages to waiting receivers, first come first served. */
export function dispatch(ctx: SimContext, q: QueueState): void {
  const s = ctx.state
  while (q.active.length > 0 && q.waiting.length > 0) {
    const poller = s.pollers[q.waiting.shift()!]!
    const jitter = ctx.options.priorityJitter
    const pos = jitter > 0 && randomUnit(s) < jitter ? Math.floor(randomUnit(s) * q.active.length) : 0
    const index = messageHeap.removeAt(q.active, s.messages, pos)!
    deliver(ctx, poller, s.messages[index]!)
  }
}

/** ReceiveMessage answered with a message: it turns inactive for the visibility timeout with a new receipt handle. */
function deliver(ctx: SimContext, poller: Poller, msg: MessageRecord): void {
  const s = ctx.state
  msg.state = 'inactive'
  msg.dequeueCount++
  msg.firstDequeueTime ??= s.now
  const handle = `${msg.dequeueCount}-${randomBase64(s, 32, true)}`
  msg.receiptHandle = handle
  s.receipts.set(handle, msg.index)
  msg.nextVisibleTime = s.now + (queueOf(ctx, msg.queue).visibilityTimeout ?? ctx.scenario.worker.visibilityTimeout) * 1000
  msg.visibleTimer = schedule(s, msg.nextVisibleTime, { kind: 'visible', message: msg.index })
  msg.transitions.push({ time: s.now, state: 'inactive', dequeueCount: msg.dequeueCount, receiptHandle: handle })
  record(ctx, msg, 'ReceiveMessage', poller.kind === 'worker' ? 'worker' : 'manual', handle, 'OK', poller.since)
  poller.status = 'received'
  poller.message = msg.index
  poller.receiptHandle = handle
  cancel(s, poller.timer)
  poller.timer = 0
  if (poller.kind === 'worker') onWorkerReceived(ctx, poller, msg)
}

/**
 * DeleteMessage (REFERENCE §12.5): only the current receipt handle of an in-flight message deletes it; an
 * expired or replaced handle answers `MessageNotExist`, one never issued `ReceiptHandleError`.
 */
export function deleteMessage(ctx: SimContext, queue: string, handle: string, actor: CallbackAction['actor']): { ok: true } | { ok: false; code: string; message: string } {
  const s = ctx.state
  const index = s.receipts.get(handle)
  const msg = index === undefined ? undefined : s.messages[index]
  const bad = !msg || msg.queue !== queue
    ? { code: 'ReceiptHandleError', message: 'The receipt handle is not valid for this queue.' }
    : msg.state !== 'inactive' || msg.receiptHandle !== handle
      ? { code: 'MessageNotExist', message: 'The message does not exist or the receipt handle has expired.' }
      : null
  if (bad || !msg) {
    if (msg) record(ctx, msg, 'DeleteMessage', actor, handle, bad?.code ?? 'ReceiptHandleError', s.now)
    else pushAction(ctx, { time: s.now, kind: 'DeleteMessage', actor, queue, messageId: '', receiptHandle: handle, token: '', result: bad?.code ?? 'ReceiptHandleError', since: s.now, execution: -1, stepName: '' })
    return { ok: false, ...(bad ?? { code: 'ReceiptHandleError', message: 'The receipt handle is not valid.' }) }
  }
  msg.state = 'deleted'
  msg.receiptHandle = null
  cancel(s, msg.visibleTimer)
  msg.visibleTimer = 0
  msg.transitions.push({ time: s.now, state: 'deleted', dequeueCount: msg.dequeueCount, receiptHandle: null })
  record(ctx, msg, 'DeleteMessage', actor, handle, 'OK', s.now)
  return { ok: true }
}

function record(ctx: SimContext, msg: MessageRecord, kind: CallbackAction['kind'], actor: CallbackAction['actor'], handle: string, result: string, since: number): void {
  pushAction(ctx, {
    time: ctx.state.now, kind, actor, queue: msg.queue, messageId: msg.messageId, receiptHandle: handle, token: msg.token ?? '', result, since,
    execution: msg.execution, stepName: msg.stepName,
  })
}

/** Appends a swimlane action (kept as given: callers build it with `time` first, the order its JSON shows). */
export function pushAction(ctx: SimContext, a: CallbackAction): void {
  ctx.state.actions.push(a)
  ctx.progress++
}

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

// Both sift through a hole: the moving index is written once where it lands.
function up(heap: number[], messages: readonly MessageRecord[], i: number): void {
  const x = heap[i]!
  while (i > 0) {
    const p = (i - 1) >> 1
    const parent = heap[p]!
    if (!before(messages, x, parent)) break
    heap[i] = parent
    i = p
  }
  heap[i] = x
}

function down(heap: number[], messages: readonly MessageRecord[], i: number): void {
  const x = heap[i]!
  const n = heap.length
  for (;;) {
    const l = 2 * i + 1
    if (l >= n) break
    const r = l + 1
    const c = r < n && before(messages, heap[r]!, heap[l]!) ? r : l
    const child = heap[c]!
    if (!before(messages, child, x)) break
    heap[i] = child
    i = c
  }
  heap[i] = x
}
