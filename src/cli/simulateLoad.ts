import { dirname, resolve } from 'node:path'
import { parse } from 'yaml'
import type { Flow } from '../fdl/model/Flow.ts'
import { checkParsed } from '../fdl/validate/validateFlow.ts'
import { readScenario } from '../sim/scenario/readScenario.ts'
import type { Scenario } from '../sim/scenario/Scenario.ts'
import { diagnosticLine } from './diagnosticLine.ts'
import { readSource, type SourceFiles } from './readSource.ts'

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
