import { parse } from 'yaml'
import { formatMessage, msg, type Message } from '../../i18n/Message.ts'
import { readScenario } from '../../sim/scenario/readScenario.ts'
import type { ScenarioFile } from './ScenarioFile.ts'

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
