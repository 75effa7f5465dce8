import { receiveMessage } from '../mns/receiveMessage.ts'
import type { SimulateResult } from '../trace/SimulateResult.ts'
import { toSimulateResult } from '../trace/SimulateResult.ts'
import type { Trace } from '../trace/Trace.ts'
import { md5 } from '../util/bytes.ts'
import { sendCall, stopExecution } from './callbacks.ts'
import { randomUuid } from './clock.ts'
import type { ReceiveAnswer, ServiceAnswer, SimContext } from './SimContext.ts'
import { nextTime, processNext } from './runLoop.ts'
import type { ExecutionStatus, ServiceCall } from './SimState.ts'

/**
 * A running simulation you can drive: in slices of work, up to a virtual time, or to the end; and act on it as
 * a worker would (receive, report, delete), getting the service's answers as values. Created by
 * `createSimulation`. Its state is plain data (`state`), and `trace()` is what every view projects.
 */
export class Simulation {
  readonly #ctx: SimContext

  constructor(ctx: SimContext) {
    this.#ctx = ctx
  }

  /** The whole state, as data (`structuredClone` it to snapshot; do not edit it). */
  get state(): SimContext['state'] {
    return this.#ctx.state
  }

  /** Virtual time reached, ms since the epoch. */
  get now(): number {
    return this.#ctx.state.now
  }

  /** Status of the root execution. */
  get status(): ExecutionStatus {
    return this.#ctx.state.executions[0]!.status
  }

  /** When the next thing will happen, or null when nothing is scheduled (only a person could act now). */
  nextEventTime(): number | null {
    return nextTime(this.#ctx)
  }

  /** Runs everything due up to virtual time `t`, then moves the clock to `t`. */
  runUntil(t: number): void {
    const ctx = this.#ctx
    for (;;) {
      const next = nextTime(ctx)
      if (next === null || next > t) break
      processNext(ctx)
    }
    if (t > ctx.state.now) ctx.state.now = t
  }

  /**
   * Runs until nothing is left to happen, or until `maxWork` pieces of work ran: a caller slices a long run this
   * way (the page's engine host between frames). True when idle.
   */
  run(maxWork = Number.POSITIVE_INFINITY): boolean {
    const ctx = this.#ctx
    for (let i = 0; i < maxWork; i++) if (!processNext(ctx)) return true
    return nextTime(ctx) === null
  }

  /** ReceiveMessage on `queue` as a person, long-polling up to `waitSeconds` of virtual time. */
  receiveMessage(queue: string, waitSeconds = this.#ctx.scenario.worker.receiveWaitSeconds): ReceiveAnswer {
    const id = receiveMessage(this.#ctx, queue, waitSeconds)
    this.#settle()
    return this.poll(id)
  }

  /** Where a manual long poll stands now. */
  poll(pollId: number): ReceiveAnswer {
    const p = this.#ctx.state.pollers[pollId]
    if (!p || p.status === 'empty') return { status: 'empty', pollId, code: 'MessageNotExist', message: 'No message arrived before the wait ended.' }
    if (p.status === 'waiting') return { status: 'waiting', pollId, until: p.deadline }
    const m = this.#ctx.state.messages[p.message]!
    const message = {
      MessageId: m.messageId, ReceiptHandle: p.receiptHandle, MessageBody: m.body, MessageBodyMD5: md5(m.body),
      EnqueueTime: m.enqueueTime, NextVisibleTime: m.nextVisibleTime, FirstDequeueTime: m.firstDequeueTime ?? m.enqueueTime,
      DequeueCount: m.dequeueCount, Priority: m.priority,
    }
    return { status: 'received', pollId, message }
  }

  /** DeleteMessage with a receipt handle, as a person. */
  deleteMessage(queue: string, receiptHandle: string): ServiceAnswer {
    return this.#call({ op: 'DeleteMessage', queue, receiptHandle })
  }

  /** ReportTaskSucceeded as a person: `output` is the Output text (a JSON object). */
  reportTaskSucceeded(token: string, output: string): ServiceAnswer {
    return this.#call({ op: 'ReportTaskSucceeded', token, output })
  }

  /** ReportTaskFailed as a person. */
  reportTaskFailed(token: string, error: string, cause = ''): ServiceAnswer {
    return this.#call({ op: 'ReportTaskFailed', token, error, cause })
  }

  /**
   * Sends a person's call through the service's request queue, the same one the simulated worker uses, and
   * settles the instant: the answer is ready when this returns, with the RequestId the service would send.
   */
  #call(call: ServiceCall): ServiceAnswer {
    const work = sendCall(this.#ctx, call, { actor: 'manual', queue: '', messageId: '' })
    this.#settle()
    const r = work.result ?? { ok: false, code: 'InternalError', message: 'The call was not handled.' }
    const requestId = randomUuid(this.#ctx.state).toUpperCase()
    return r.ok ? { ...r, requestId } : { ok: false, requestId, code: r.code, message: r.message }
  }

  /**
   * StopExecution (REFERENCE §7.5): ends execution `execution` (an index of `state.executions`, 0 is the root) with
   * `ExecutionStopped {error, cause}` and status `Stopped`, cancelling its timers and tokens and stopping the child
   * executions it started. An unknown execution answers `ExecutionNotExists`, an ended one `ExecutionAlreadyCompleted`.
   */
  stopExecution(execution: number, error: string, cause: string): ServiceAnswer {
    const r = stopExecution(this.#ctx, execution, error, cause)
    this.#settle()
    const requestId = randomUuid(this.#ctx.state).toUpperCase()
    return r.ok ? { ok: true, requestId } : { ok: false, requestId, code: r.code, message: r.message }
  }

  /** Everything produced so far, for the views (shares the arrays of the live state: read, do not edit). */
  trace(): Trace {
    const s = this.#ctx.state
    return { startTime: this.#ctx.scenario.startTime, now: s.now, executions: s.executions, messages: s.messages, actions: s.actions }
  }

  /** The contract's result object (`fdl simulate --json`) for the root execution. */
  result(): SimulateResult {
    return toSimulateResult(this.trace())
  }

  /** Finishes what an outside call set off at the current instant (no virtual time passes). */
  #settle(): void {
    const s = this.#ctx.state
    while (s.readyHead < s.ready.length) processNext(this.#ctx)
  }
}
