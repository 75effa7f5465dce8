import { stringify, parse } from 'yaml'
import type { ScenarioFile, OutcomeEntry } from './ScenarioFile.ts'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { readScenario } from '../../sim/scenario/readScenario.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import type { Sequence, TaskStep } from '../../fdl/model/Step.ts'
import { childSequences } from '../../fdl/model/Step.ts'

const HEADER = '# Scenario for `fdl simulate FLOW --scenario THIS_FILE` (and the FDL Studio simulator).\n'

/**
 * The scenario as a file (CONTRACTS §3) with `input` first and the rest in the contract's order, so a
 * downloaded file reads like the documented example and opens again unchanged.
 */
export function scenarioToYaml(file: ScenarioFile): string {
  const order = ['input', 'startTime', 'tasks', 'worker', 'flows', 'options', 'seed']
  const sorted: Record<string, unknown> = {}
  for (const k of order) if (file[k] !== undefined) sorted[k] = file[k]
  for (const [k, v] of Object.entries(file)) if (!order.includes(k) && v !== undefined) sorted[k] = v
  return HEADER + stringify(sorted, { lineWidth: 0 })
}

/**
 * A scenario file's text read back: the plain data (null when unusable) and every problem found, in English
 * (`errors`) and as messages to show (`texts`, the same problems in the same order).
 */
export interface ScenarioTextResult {
  readonly file: ScenarioFile | null
  readonly errors: readonly string[]
  readonly texts: readonly Message[]
}

/**
 * Reads the text of a scenario file (YAML or JSON, as `fdl simulate --scenario` accepts it). Never throws:
 * a syntax error or a non-mapping gives `file: null`; problems inside a mapping are listed while the file is
 * kept, so the editor can show them next to what the user wrote.
 */
export function readScenarioText(text: string): ScenarioTextResult {
  let data: unknown
  try {
    data = parse(text, { prettyErrors: false })
  } catch (e) {
    return unusable(msg('Not valid YAML or JSON: {reason}', { reason: e instanceof Error ? e.message : String(e) }))
  }
  if (data === null || data === undefined) return { file: {}, errors: [], texts: [] }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return unusable(msg('A scenario must be a mapping (input, startTime, tasks, worker, flows, options).'))
  }
  const { errors, texts } = readScenario(data)
  return { file: data as ScenarioFile, errors, texts }
}

function unusable(problem: Message): ScenarioTextResult {
  return { file: null, errors: [formatMessage(problem)], texts: [problem] }
}

/** The scenario with task `name`'s outcome list replaced (an empty list removes the entry: default outcome). */
export function withTaskOutcomes(file: ScenarioFile, name: string, outcomes: readonly OutcomeEntry[]): ScenarioFile {
  const tasks: Record<string, readonly OutcomeEntry[]> = { ...file.tasks }
  if (outcomes.length === 0) delete tasks[name]
  // defineProperty, not assignment: a step named `__proto__` must stay a plain key.
  else Object.defineProperty(tasks, name, { value: outcomes, enumerable: true, writable: true, configurable: true })
  const { tasks: _old, ...rest } = file
  return Object.keys(tasks).length === 0 ? rest : { ...rest, tasks }
}

/** Every task step of a flow at any depth, in document order: the rows of the scenario editor. */
export function taskStepsOf(flow: Flow | null): readonly TaskStep[] {
  const out: TaskStep[] = []
  const visit = (seq: Sequence) => {
    for (const step of seq.steps) {
      if (step.type === 'task') out.push(step)
      childSequences(step).forEach(visit)
    }
  }
  if (flow) visit(flow.body)
  return out
}
