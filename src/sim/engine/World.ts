import type { Flow } from '../../fdl/model/Flow.ts'
import { queueOf, sendMessage } from '../mns/queues.ts'
import { onPollExpired, changeVisibility, peekMessages, type VisibilityResult } from '../mns/receiveMessage.ts'
import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'
import { DEFAULT_SCENARIO } from '../scenario/Scenario.ts'
import type { Scenario } from '../scenario/Scenario.ts'
import type { MessageRecord } from '../trace/Trace.ts'
import { cancel } from './clock.ts'
import { initialState } from './runLoop.ts'
import { startExecution } from './executions.ts'
import type { ReceiveAnswer, ServiceAnswer, SimContext } from './SimContext.ts'
import { Simulation } from './Simulation.ts'
import type { ExecutionState, SimState } from './SimState.ts'

/** What a world is made of: the scenario (task outcomes, options), its start time and its random seed. */
export interface WorldSetup {
  readonly scenario?: Scenario
  readonly startTime: number
  readonly seed: number
}

const NO_FLOW: Flow = { body: { steps: [] } } as unknown as Flow

/**
 * One long-lived simulation hosting many root executions of many flows, with MNS queues shared by all of them
 * and by outside clients (what `fdl serve` runs on). Every queue is served by a person (no simulated worker):
 * the outside world receives, reports and deletes. Timers keep firing after every execution ended (a message
 * not deleted still comes back). The caller owns time: it calls `runUntil` as its clock moves.
 */
export class World {
  readonly #ctx: SimContext
  readonly #sim: Simulation
  readonly #flows: Record<string, Flow>

  constructor(setup: WorldSetup) {
    const base = setup.scenario ?? DEFAULT_SCENARIO
    const scenario: Scenario = { ...base, startTime: setup.startTime, seed: setup.seed, worker: { ...base.worker, manual: true } }
    const options: SimOptions = {
      ...DEFAULT_SIM_OPTIONS, ...scenario.options, drainSeconds: Number.POSITIVE_INFINITY,
      maxExecutions: scenario.options.maxExecutions ?? Number.MAX_SAFE_INTEGER,
    }
    this.#flows = Object.create(null) as Record<string, Flow>
    this.#ctx = { state: initialState(scenario), options, scenario, flow: NO_FLOW, flowName: '', childFlows: this.#flows, progress: 0 }
    this.#sim = new Simulation(this.#ctx)
  }

  /** The whole state, plain data (read only). */
  get state(): SimState {
    return this.#ctx.state
  }

  /** Virtual time reached, ms since the epoch. */
  get now(): number {
    return this.#ctx.state.now
  }

  /** Counts history events and queue actions so far: unchanged means nothing anyone could see happened. */
  get progress(): number {
    return this.#ctx.progress
  }

  /**
   * Makes `flow` runnable under `key` (null removes it). A task whose `resourceArn` is `acs:fnf:::flow/KEY` starts
   * it as a child execution; keys no task can name (e.g. with a revision suffix) pin the definition a run started with.
   */
  setFlow(key: string, flow: Flow | null): void {
    if (flow) this.#flows[key] = flow
    else delete this.#flows[key]
  }

  /** Starts a root execution of the flow set under `flowKey` now; returns its id (index in `state.executions`). */
  startExecution(flowKey: string, flowName: string, name: string, input: unknown): number {
    const id = startExecution(this.#ctx, flowKey, flowName, name, input, null)
    this.#sim.runUntil(this.now)
    return id
  }

  /** An execution by id. */
  execution(id: number): ExecutionState | undefined {
    return this.#ctx.state.executions[id]
  }

  /** Makes sure a queue exists; `visibilityTimeout` (seconds) applies to messages it hands out from now on. */
  ensureQueue(name: string, visibilityTimeout?: number): void {
    const q = queueOf(this.#ctx, name)
    if (visibilityTimeout !== undefined) q.visibilityTimeout = visibilityTimeout
  }

  /** SendMessage from outside the flows (a client of the queue API). */
  sendMessage(queue: string, body: string, priority: number, delaySeconds: number): MessageRecord {
    const msg = sendMessage(this.#ctx, {
      queue, topic: false, body, priority, delaySeconds, token: null, tokenInBody: false, execution: -1, stepName: '', taskEvent: 0,
      outcome: { kind: 'timeout' },
    })
    this.#sim.runUntil(this.now)
    return msg
  }

  /** Whether `queue` holds a message that could be received right now. */
  hasReceivable(queue: string): boolean {
    const q = Object.prototype.hasOwnProperty.call(this.#ctx.state.queues, queue) ? this.#ctx.state.queues[queue] : undefined
    return q !== undefined && q.active.length > 0
  }

  /** ReceiveMessage: a message at once, or a long poll of up to `waitSeconds` of virtual time (read it with `poll`). */
  receive(queue: string, waitSeconds: number): ReceiveAnswer {
    return this.#sim.receiveMessage(queue, waitSeconds)
  }

  /** Where a long poll stands now. */
  poll(pollId: number): ReceiveAnswer {
    return this.#sim.poll(pollId)
  }

  /** Forgets a long poll: ends it empty if it still waits (its client went away), and frees its record. */
  endPoll(pollId: number): void {
    const p = this.#ctx.state.pollers[pollId]
    if (p?.status === 'waiting') {
      cancel(this.#ctx.state, p.timer)
      onPollExpired(this.#ctx, pollId)
    }
    delete this.#ctx.state.pollers[pollId]
  }

  /** DeleteMessage with a receipt handle. */
  deleteMessage(queue: string, receiptHandle: string): ServiceAnswer {
    return this.#sim.deleteMessage(queue, receiptHandle)
  }

  /** ChangeMessageVisibility: a new receipt handle, the old one refused from now on. */
  changeVisibility(queue: string, receiptHandle: string, seconds: number): VisibilityResult {
    return changeVisibility(this.#ctx, queue, receiptHandle, seconds)
  }

  /** PeekMessage: up to `n` receivable messages in dequeue order, unchanged. */
  peek(queue: string, n: number): MessageRecord[] {
    return peekMessages(this.#ctx, queue, n)
  }

  /** ReportTaskSucceeded; `output` is the Output text. */
  reportTaskSucceeded(token: string, output: string): ServiceAnswer {
    return this.#sim.reportTaskSucceeded(token, output)
  }

  /** ReportTaskFailed. */
  reportTaskFailed(token: string, error: string, cause: string): ServiceAnswer {
    return this.#sim.reportTaskFailed(token, error, cause)
  }

  /** StopExecution: the execution ends with ExecutionStopped (its children too); see `Simulation.stopExecution`. */
  stopExecution(execution: number, error: string, cause: string): ServiceAnswer {
    return this.#sim.stopExecution(execution, error, cause)
  }

  /** Runs everything due up to virtual time `t` and moves the clock there. */
  runUntil(t: number): void {
    this.#sim.runUntil(t)
  }

  /** When the next timer fires (virtual ms), or null. */
  nextEventTime(): number | null {
    return this.#sim.nextEventTime()
  }
}
