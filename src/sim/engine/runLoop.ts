import { onPollExpired } from '../mns/receiveMessage.ts'
import { onVisible } from '../mns/queues.ts'
import { onWorkerDone, onWorkerPoll } from '../mns/worker.ts'
import { performCall } from './callbacks.ts'
import { onAnswer, onChildEnded, onRetry, onTaskTimeout } from './tasks.ts'
import { peekTimer, popTimer, takeReady, chargeRunBudget, randomUuid, seedState } from './clock.ts'
import { endExecution, startExecution } from './executions.ts'
import { ExecutionEnded } from './SimContext.ts'
import { advance } from './sequences.ts'
import type { Work, SimState } from './SimState.ts'
import type { SimContext } from './SimContext.ts'
import { onWaitDone } from './steps.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'
import { DEFAULT_SCENARIO } from '../scenario/Scenario.ts'
import type { Scenario } from '../scenario/Scenario.ts'
import { Simulation } from './Simulation.ts'

/**
 * Runs one piece of work: what is due now first (in the order it was queued), else the next timer, moving the
 * clock to it. Returns false when nothing is left. Same state in, same state out: this is the whole engine loop.
 */
export function processNext(ctx: SimContext): boolean {
  const s = ctx.state
  let work = takeReady(s)
  if (!work) {
    const timer = liveTimer(ctx)
    if (!timer) return false
    popTimer(s)
    s.now = timer.time
    work = timer.work
  }
  const progress = ctx.progress
  try {
    perform(ctx, work)
  } catch (e) {
    if (!(e instanceof ExecutionEnded)) throw e
  }
  chargeRunBudget(ctx, ctx.progress - progress)
  return true
}

/** Time of the next thing that will happen: now if work is due, else the next timer, else null. */
export function nextTime(ctx: SimContext): number | null {
  const s = ctx.state
  if (s.readyHead < s.ready.length) return s.now
  return liveTimer(ctx)?.time ?? null
}

/** The next timer that may still fire: once every execution ended, only those within `drainSeconds`. */
function liveTimer(ctx: SimContext) {
  const timer = peekTimer(ctx.state)
  const settled = ctx.state.settledAt
  if (timer && settled !== null && timer.time > settled + ctx.options.drainSeconds * 1000) return null
  return timer
}

function perform(ctx: SimContext, w: Work): void {
  switch (w.kind) {
    case 'advance':
      return advance(ctx, w.seqRun, w.index)
    case 'answer':
      return onAnswer(ctx, w.run, w.attempt, w.outcome, w.via)
    case 'taskTimeout':
      return onTaskTimeout(ctx, w.run, w.attempt)
    case 'retry':
      return onRetry(ctx, w.run)
    case 'waitDone':
      return onWaitDone(ctx, w.run)
    case 'flowTimeout': {
      const exec = ctx.state.executions[w.execution]
      if (exec) endExecution(ctx, exec, 'TimedOut', null, ctx.options.executionTimeoutError, `The execution did not finish within its timeout.`)
      return
    }
    case 'visible':
      return onVisible(ctx, w.message)
    case 'workerDone':
      return onWorkerDone(ctx, w)
    case 'pollExpired':
      return onPollExpired(ctx, w.poller)
    case 'childEnded':
      return onChildEnded(ctx, w.execution)
    case 'call':
      return performCall(ctx, w)
    case 'workerPoll':
      return onWorkerPoll(ctx, w.poller)
  }
}

/** What a simulation is made of. `input` overrides the scenario's; `options` override the scenario's options. */
export interface SimulationSetup {
  readonly flow: Flow
  readonly input?: unknown
  readonly scenario?: Scenario
  readonly options?: Partial<SimOptions>
  /** Child flows (by the NAME of `acs:fnf:::flow/NAME`) that run as nested executions. */
  readonly childFlows?: Readonly<Record<string, Flow>>
}

/**
 * Creates a simulation and starts its root execution at the scenario's start time (ExecutionStarted is in the
 * history at once; nothing else has run yet). Same setup, same trace, byte for byte. With `state` (a copy of
 * another simulation's `state` made from the same setup, e.g. posted from a Web Worker), it carries on from there.
 */
export function createSimulation(setup: SimulationSetup, state?: SimState): Simulation {
  const scenario = setup.scenario ?? DEFAULT_SCENARIO
  const options: SimOptions = { ...DEFAULT_SIM_OPTIONS, ...scenario.options, ...setup.options }
  const flowName = scenario.flowName ?? setup.flow.name ?? 'flow'
  const childFlows = Object.assign(Object.create(null) as Record<string, Flow>, setup.childFlows ?? {})
  const fresh = state === undefined
  const ctx: SimContext = { state: state ?? initialState(scenario), options, scenario, flow: setup.flow, flowName, childFlows, progress: 0 }
  if (fresh) {
    const input = setup.input !== undefined ? setup.input : scenario.input !== undefined ? scenario.input : {}
    startExecution(ctx, '', flowName, scenario.executionName ?? randomUuid(ctx.state), input, null)
  }
  return new Simulation(ctx)
}

/** The state of a simulation before anything happened (also the start of a `World`). */
export function initialState(scenario: Scenario): SimState {
  return {
    now: scenario.startTime,
    nextTimerId: 1,
    timers: [],
    cancelled: new Set(),
    ready: [],
    readyHead: 0,
    rng: seedState(scenario.seed),
    nextRunId: 1,
    runs: {},
    executions: [],
    tokens: new Map(),
    queues: Object.create(null) as SimState['queues'],
    messages: [],
    receipts: new Map(),
    actions: [],
    pollers: {},
    nextPollerId: 1,
    settledAt: null,
  }
}
