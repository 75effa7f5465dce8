import type { Flow } from '../../fdl/model/Flow.ts'
import { DEFAULT_SIM_OPTIONS, type SimOptions } from '../SimOptions.ts'
import { DEFAULT_SCENARIO } from '../scenario/defaultScenario.ts'
import type { Scenario } from '../scenario/Scenario.ts'
import { startExecution } from './executions.ts'
import { randomUuid, seedState } from './random.ts'
import { Simulation } from './Simulation.ts'
import type { SimState } from './SimState.ts'
import type { SimContext } from './SimContext.ts'

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
    cancelled: {},
    ready: [],
    readyHead: 0,
    rng: seedState(scenario.seed),
    nextRunId: 1,
    runs: {},
    executions: [],
    tokens: Object.create(null) as SimState['tokens'],
    queues: Object.create(null) as SimState['queues'],
    messages: [],
    receipts: Object.create(null) as SimState['receipts'],
    actions: [],
    pollers: {},
    nextPollerId: 1,
    settledAt: null,
  }
}
