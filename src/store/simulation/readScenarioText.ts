import { parse } from 'yaml'
import { readScenario } from '../../sim/scenario/readScenario.ts'
import type { ScenarioFile } from './ScenarioFile.ts'

/** A scenario file's text read back: the plain data (null when unusable) and every problem found. */
export interface ScenarioTextResult {
  readonly file: ScenarioFile | null
  readonly errors: readonly string[]
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
    return { file: null, errors: [`Not valid YAML or JSON: ${e instanceof Error ? e.message : String(e)}`] }
  }
  if (data === null || data === undefined) return { file: {}, errors: [] }
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { file: null, errors: ['A scenario must be a mapping (input, startTime, tasks, worker, flows, options).'] }
  }
  return { file: data as ScenarioFile, errors: readScenario(data).errors }
}
