import { scenarioWarnings } from '../sim/scenario/scenarioWarnings.ts'
import { createSimulation } from '../sim/engine/runLoop.ts'
import { writeJson } from './writeJson.ts'
import type { SimulateResult } from '../sim/trace/SimulateResult.ts'
import type { Trace } from '../sim/trace/Trace.ts'
import { dirname, resolve } from 'node:path'
import { parse } from 'yaml'
import type { Flow } from '../fdl/model/Flow.ts'
import { checkParsed } from '../fdl/validate/validateFlow.ts'
import { readScenario } from '../sim/scenario/readScenario.ts'
import type { Scenario } from '../sim/scenario/Scenario.ts'
import { diagnosticLine } from './runValidate.ts'
import { readSource, type SourceFiles } from './readSource.ts'

/** Where `fdl simulate` writes: injected so tests can capture output. */
export interface CliIo {
  readonly stdout: (text: string) => void
  readonly stderr: (text: string) => void
  /** Resolves once stdout has room again (streamed `--json` output awaits it). */
  readonly drain?: () => Promise<void>
  readonly cwd: string
  /** Reads a UTF-8 file (absolute path); the file system when absent. */
  readonly readFile?: (path: string) => string
}

/**
 * `fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]`; resolves to the exit code: 0 Succeeded,
 * 1 Failed / TimedOut, 2 usage error, unreadable file, bad scenario or a flow with validation errors.
 */
export async function runSimulate(args: readonly string[], io: CliIo): Promise<number> {
  const a = simulateArgs(args)
  if (typeof a === 'string') {
    io.stderr(`fdl simulate: ${a}\n${SIMULATE_USAGE}`)
    return 2
  }
  if (a.help) return (io.stdout(SIMULATE_USAGE), 0)
  const loaded = simulateLoad(io, a.file, a.input, a.scenario)
  if ('problem' in loaded) {
    io.stderr(loaded.problem)
    return 2
  }
  for (const w of scenarioWarnings(loaded.flow, loaded.scenario, Object.values(loaded.childFlows))) io.stderr(`fdl simulate: warning: ${w}\n`)
  const sim = createSimulation({ flow: loaded.flow, scenario: loaded.scenario, childFlows: loaded.childFlows, input: loaded.input ?? {} })
  sim.run()
  const result = sim.result()
  if (a.json) await writeJson(result, io, 3)
  else io.stdout(simulateSummary(a.file, result, sim.trace()))
  return result.status === 'Succeeded' ? 0 : 1
}

/** What `fdl simulate` was asked to do. */
export interface SimulateArgs {
  readonly file: string
  /** `--input` as given: JSON text, or `@path` to a JSON file. */
  readonly input: string | null
  readonly scenario: string | null
  readonly json: boolean
  readonly help: boolean
}

/**
 * Reads `fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]` (also `--input=…`, `--scenario=…`).
 * Returns the usage problem as text instead of throwing.
 */
export function simulateArgs(args: readonly string[]): SimulateArgs | string {
  let file: string | null = null
  let input: string | null = null
  let scenario: string | null = null
  let json = false
  let help = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]
    if (name === '--json') json = true
    else if (name === '--help' || name === '-h') help = true
    else if (name === '--input' || name === '--scenario') {
      const value = inline ?? args[++i]
      if (value === undefined) return `${name} needs a value`
      if (name === '--input') input = value
      else scenario = value
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`
    else if (file === null) file = arg
    else return `only one FILE can be simulated (got ${file} and ${arg})`
  }
  if (help) return { file: file ?? '', input, scenario, json, help }
  if (file === null) return 'no FILE given'
  return { file, input, scenario, json, help }
}

/** `fdl simulate --help`. */
export const SIMULATE_USAGE = `Usage: fdl simulate FILE [--input JSON|@file.json] [--scenario FILE] [--json]

Runs the flow in the simulator on a virtual clock (no cloud calls): MNS queues, a simulated worker, callbacks,
retries, timeouts and child flows. Without a scenario every task succeeds with {} after 1 virtual second.

  --input JSON | @file.json   execution input (a JSON object); overrides the scenario's input
  --scenario FILE             scenario (YAML or JSON): input, startTime, tasks (outcomes by call), worker,
                              flows (child flow files, relative to the scenario), options (simulator choices)
  --json                      print the result object {status, output, error, cause, startTime, endTime,
                              events, messages} instead of the summary and timeline

Exit code: 0 Succeeded, 1 Failed or TimedOut, 2 usage error, unreadable file or a flow with validation errors.
`

const MAX_LINES = 400

/**
 * The readable form of a run: status and virtual duration, output or error, the timeline of the root execution
 * (seconds from the start; long histories keep their first and last 200 events), child executions, the calls
 * between workflow, queues and worker (the callback swimlane), and the messages.
 */
export function simulateSummary(file: string, result: SimulateResult, trace: Trace): string {
  const root = trace.executions[0]!
  const seconds = ((root.endTime ?? trace.now) - root.startTime) / 1000
  const lines: string[] = [`${file}: ${result.status} after ${fmt(seconds)} s of virtual time (${result.events.length} events)`]
  if (result.status === 'Succeeded') lines.push(`output: ${short(JSON.stringify(result.output), 200)}`)
  else lines.push(`error: ${result.error ?? ''}${result.cause ? `\ncause: ${result.cause}` : ''}`)
  lines.push('', `timeline (virtual seconds from ${result.startTime})`)
  // Only the rows printed are formatted: a 10,000-item foreach has 100,000 events and prints 200 of them.
  const row = (i: number) => {
    const e = root.events[i]!
    const t = ((root.eventTimes[i]! - root.startTime) / 1000).toFixed(3).padStart(10)
    return `${t}  ${e.type.padEnd(19)}${e.stepName.padEnd(20)}${detail(e.eventDetail)}`.trimEnd()
  }
  const count = root.events.length
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from) }, (_, k) => row(from + k))
  if (count > MAX_LINES) lines.push(...range(0, MAX_LINES / 2), `       ...  ${count - MAX_LINES} more events (--json prints them all)`, ...range(count - MAX_LINES / 2, count))
  else lines.push(...range(0, count))
  const children = trace.executions.slice(1)
  if (children.length > 0) {
    lines.push('', 'child executions')
    for (const c of children) lines.push(`  ${c.name} (flow ${c.flowName}): ${c.status}, ${c.events.length} events`)
  }
  if (trace.actions.length > 0) {
    lines.push('', 'queue and worker calls')
    const calls = trace.actions.slice(0, MAX_LINES).map((a) => {
      const t = ((a.time - root.startTime) / 1000).toFixed(3).padStart(10)
      const poll = a.kind === 'ReceiveMessage' && a.since !== a.time ? ` (long poll from ${((a.since - root.startTime) / 1000).toFixed(3)})` : ''
      return `${t}  ${a.kind.padEnd(20)}${a.actor.padEnd(11)}${(a.queue || '-').padEnd(16)}${a.result}${poll}`.trimEnd()
    })
    lines.push(...calls)
    if (trace.actions.length > MAX_LINES) lines.push(`       ...  ${trace.actions.length - MAX_LINES} more calls`)
  }
  if (result.messages.length > 0) {
    lines.push('', 'messages')
    for (const m of result.messages.slice(0, MAX_LINES)) {
      lines.push(`  ${m.queue}  ${m.messageId}  priority ${m.priority}  received ${m.dequeueCount}x  ${m.deleted ? 'deleted' : 'not deleted'}  ${short(m.body, 100)}`)
    }
    if (result.messages.length > MAX_LINES) lines.push(`  ... ${result.messages.length - MAX_LINES} more messages`)
  }
  return `${lines.join('\n')}\n`
}

function detail(d: Readonly<Record<string, unknown>>): string {
  if (typeof d.error === 'string') return `${d.error}${d.cause ? `: ${short(String(d.cause), 80)}` : ''}`
  if (d.cancelled === true) return 'cancelled'
  if ('output' in d) return `output ${short(JSON.stringify(d.output) ?? 'null', 80)}`
  return ''
}

function fmt(seconds: number): string {
  return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(3)
}

function short(text: string | undefined, max: number): string {
  const t = text ?? ''
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/** Reads files for `fdl simulate` (the injected reader when there is one, else the file system, with the same checks). */
export type SimulateFiles = SourceFiles

/** Everything a simulation needs, loaded and checked; or the lines to print on stderr with exit code 2. */
export type Loaded = { readonly flow: Flow; readonly scenario: Scenario; readonly input: unknown; readonly childFlows: Record<string, Flow> } | { readonly problem: string }

/**
 * Loads the flow (validated: any error stops the run), the input, the scenario and the child flows it names.
 * Never throws: every problem becomes text naming the file.
 */
export function simulateLoad(files: SimulateFiles, file: string, inputArg: string | null, scenarioFile: string | null): Loaded {
  const flow = loadFlow(files, file)
  if ('problem' in flow) return flow
  let scenario: Scenario | undefined
  const childFlows: Record<string, Flow> = {}
  if (scenarioFile !== null) {
    const source = readSource(files, scenarioFile, 'data')
    if ('error' in source) return { problem: source.error }
    const text = source.text
    let data: unknown
    try {
      data = parse(text, { version: '1.2' })
    } catch (e) {
      return { problem: `fdl simulate: ${scenarioFile}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n` }
    }
    const r = readScenario(data)
    if (r.errors.length > 0) return { problem: r.errors.map((e) => `${scenarioFile}: ${e}\n`).join('') }
    scenario = r.scenario
    const base = dirname(resolve(files.cwd, scenarioFile))
    for (const [name, path] of Object.entries(r.scenario.flows)) {
      const child = loadFlow(files, resolve(base, path))
      if ('problem' in child) return child
      childFlows[name] = child.flow
    }
  }
  let input: unknown = scenario?.input
  if (inputArg !== null) {
    const parsed = readInput(files, inputArg)
    if (typeof parsed === 'object' && parsed !== null && 'problem' in parsed) return parsed as { problem: string }
    input = (parsed as { value: unknown }).value
  }
  if (input !== undefined && (typeof input !== 'object' || input === null || Array.isArray(input))) {
    return { problem: 'fdl simulate: the execution input must be a JSON object\n' }
  }
  return { flow: flow.flow, scenario: scenario ?? readScenario(undefined).scenario, input, childFlows }
}

function loadFlow(files: SimulateFiles, file: string): { flow: Flow } | { problem: string } {
  const source = readSource(files, file)
  if ('error' in source) return { problem: source.error }
  const checked = checkParsed(source.parsed)
  const errors = checked.diagnostics.filter((d) => d.severity === 'error')
  if (!checked.flow || errors.length > 0) {
    const lines = errors.map((d) => diagnosticLine(file, d)).join('')
    return { problem: `${lines}fdl simulate: ${file} has ${errors.length || 1} error${errors.length === 1 ? '' : 's'}; fix ${errors.length === 1 ? 'it' : 'them'} first (fdl validate ${file})\n` }
  }
  return { flow: checked.flow }
}

function readInput(files: SimulateFiles, arg: string): { value: unknown } | { problem: string } {
  const source = arg.startsWith('@') ? readSource(files, arg.slice(1), 'data') : { text: arg }
  if ('error' in source) return { problem: source.error }
  const text = source.text
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (e) {
    return { problem: `fdl simulate: --input is not valid JSON (${e instanceof Error ? e.message : String(e)})\n` }
  }
}
