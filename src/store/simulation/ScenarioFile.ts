import { readScenario } from '../../sim/scenario/readScenario.ts'
import type { SimulationState } from './SimulationState.ts'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import type { Flow } from '../../fdl/model/Flow.ts'
import { parseResourceArn } from '../../fdl/arn/resourceArn.ts'
import { indexSteps } from '../indexSteps.ts'

/**
 * One outcome of a task call exactly as a scenario file writes it (CONTRACTS §3): one of `succeed`, `fail` or
 * `timeout`, plus `after` seconds. The editor keeps this plain shape so what it downloads is what it shows.
 */
export interface OutcomeEntry {
  readonly succeed?: unknown
  readonly fail?: { readonly error: string; readonly cause?: string }
  readonly timeout?: true
  readonly after?: number
}

/** The simulated worker's settings as the file writes them; `manual` hands queues to a person. */
export interface WorkerEntry {
  readonly receiveWaitSeconds?: number
  readonly visibilityTimeout?: number
  readonly reportTwice?: boolean
  readonly crashBeforeDelete?: boolean
  readonly concurrency?: number
  readonly manual?: boolean | readonly string[]
}

/**
 * A scenario file as plain data (CONTRACTS §3): what `fdl simulate --scenario` reads and what the app's
 * scenario editor edits, saves with the document and downloads. Keys the editor does not know are kept.
 */
export interface ScenarioFile {
  readonly input?: unknown
  readonly startTime?: string
  readonly tasks?: Readonly<Record<string, readonly OutcomeEntry[]>>
  readonly worker?: WorkerEntry
  readonly flows?: Readonly<Record<string, string>>
  readonly options?: Readonly<Record<string, unknown>>
  readonly seed?: number
  readonly [key: string]: unknown
}

/** A child flow's definition loaded into the simulation view: the file it came from and its text. */
export interface ChildFlowFile {
  readonly fileName: string
  readonly text: string
}

/** What the simulator would object to in a scenario, one line each (the editor lists them; Run still works). */
export function readScenarioProblems(file: ScenarioFile): Pick<SimulationState, 'scenarioProblems' | 'scenarioProblemTexts'> {
  const { errors, texts } = readScenario(file)
  return { scenarioProblems: errors, scenarioProblemTexts: texts }
}

/** The execution input as typed, parsed: a JSON value, or why it is not one (in English, and as a message to show). */
export type ParsedInput = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: string; readonly text: Message }

function notInput(text: Message): ParsedInput {
  return { ok: false, error: formatMessage(text), text }
}

/**
 * Parses the execution input editor's text. The service takes a JSON object as input, so anything else is
 * refused with a message the editor shows under the field; the text itself is never changed.
 */
export function parseInputText(text: string): ParsedInput {
  if (text.trim() === '') return { ok: true, value: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (e) {
    return notInput(msg('Not valid JSON: {reason}', { reason: e instanceof Error ? e.message : String(e) }))
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return notInput(msg('The execution input must be a JSON object, e.g. {"key": "value"}.'))
  return { ok: true, value }
}

/** The child flows the given flows call (`acs:fnf:::flow/NAME` task targets), each once, sorted. */
export function childFlowNames(flows: readonly (Flow | null)[]): string[] {
  const names = new Set<string>()
  for (const flow of flows) {
    for (const { step } of indexSteps(flow).values()) {
      if (step.type !== 'task' || !step.resourceArn) continue
      const target = parseResourceArn(step.resourceArn)
      if (target?.kind === 'flow' && target.flow) names.add(target.flow)
    }
  }
  return [...names].sort()
}
