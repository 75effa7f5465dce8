import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import type { Flow } from '../../fdl/model/Flow.ts'
import { parseFdl } from '../../fdl/parse/parseFdl.ts'
import { createSimulation } from '../engine/runLoop.ts'
import type { Simulation } from '../engine/Simulation.ts'
import { readScenario } from '../scenario/readScenario.ts'

/** A conformance case file: a flow, a scenario, an input, and what must come out. */
export interface ConformanceCase {
  readonly title: string
  readonly reference?: string
  /** The flow text, or `flowFile`: a path from the repository root (e.g. a built-in example). */
  readonly flow?: string
  readonly flowFile?: string
  readonly flows?: Readonly<Record<string, string>>
  readonly scenario?: unknown
  readonly input?: unknown
  readonly expect: {
    readonly status?: string
    readonly output?: unknown
    readonly error?: string
    readonly cause?: string
    /** Every event of the root execution, as `SECONDS Type [StepName]`. */
    readonly events?: readonly string[]
    /** Events that must appear in this order (others may come between). */
    readonly eventsInclude?: readonly string[]
    readonly eventCount?: number
    /** Every event of the root execution as GetExecutionHistory lists it: `ID Type [StepName] (SCHEDULE) {detail keys}`. */
    readonly history?: readonly string[]
    /** The exact EventDetail of some events of the root execution, by event id. */
    readonly details?: Readonly<Record<number, unknown>>
    /** Input / output of the first run of a step (its first StepStarted / StepSucceeded). */
    readonly steps?: Readonly<Record<string, { readonly input?: unknown; readonly output?: unknown }>>
    /** Messages, each compared on the keys given. */
    readonly messages?: readonly Record<string, unknown>[]
    /** Swimlane calls as `SECONDS Kind actor result`. */
    readonly actions?: readonly string[]
    /** History of child executions by index (1 = first child), as for `events`. */
    readonly childEvents?: Readonly<Record<number, readonly string[]>>
  }
}

/** Reads a case file (YAML text) into a case. */
export function readCase(text: string): ConformanceCase {
  return parse(text, { version: '1.2' }) as ConformanceCase
}

/** Runs a case to the end and returns the simulation, for the comparisons the test makes. */
export function runCase(c: ConformanceCase): Simulation {
  const flow = parseFlow(c.flow ?? readFileSync(c.flowFile ?? '', 'utf8'))
  const childFlows: Record<string, Flow> = {}
  for (const [name, text] of Object.entries(c.flows ?? {})) childFlows[name] = parseFlow(text)
  const { scenario, errors } = readScenario(c.scenario)
  if (errors.length > 0) throw new Error(`Bad scenario in case "${c.title}": ${errors.join('; ')}`)
  const sim = createSimulation({ flow, scenario, childFlows, ...(c.input !== undefined ? { input: c.input } : {}) })
  if (!sim.run(1_000_000)) throw new Error(`Case "${c.title}" did not finish`)
  return sim
}

/** Events of an execution as `SECONDS Type [StepName]` lines, seconds from the trace's start. */
export function eventLines(sim: Simulation, execution = 0): string[] {
  const trace = sim.trace()
  const exec = trace.executions[execution]!
  return exec.events.map((e, i) => {
    const t = (exec.eventTimes[i]! - trace.startTime) / 1000
    return `${t} ${e.type}${e.stepName ? ` ${e.stepName}` : ''}`
  })
}

/** Events of an execution as `ID Type [StepName] (SCHEDULE) {detail keys}`: ids, links and detail keys, not times. */
export function historyLines(sim: Simulation, execution = 0): string[] {
  return sim.trace().executions[execution]!.events.map((e) => {
    const keys = Object.keys(e.eventDetail).join(',')
    return `${e.eventId} ${e.type}${e.stepName ? ` ${e.stepName}` : ''} (${e.scheduleEventId}) {${keys}}`
  })
}

/** Swimlane calls as `SECONDS Kind actor result`. */
export function actionLines(sim: Simulation): string[] {
  const trace = sim.trace()
  return trace.actions.map((a) => `${(a.time - trace.startTime) / 1000} ${a.kind} ${a.actor} ${a.result}`)
}

function parseFlow(text: string): Flow {
  const r = parseFdl(text)
  const errors = r.diagnostics.filter((d) => d.severity === 'error')
  if (!r.flow || errors.length > 0) throw new Error(`Bad flow: ${errors.map((d) => d.message).join('; ')}`)
  return r.flow
}
