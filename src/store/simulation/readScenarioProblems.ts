import { readScenario } from '../../sim/scenario/readScenario.ts'
import type { ScenarioFile } from './ScenarioFile.ts'

/** What the simulator would object to in a scenario, one line each (the editor lists them; Run still works). */
export function readScenarioProblems(file: ScenarioFile): readonly string[] {
  return readScenario(file).errors
}
