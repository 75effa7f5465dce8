import { readScenario } from '../../sim/scenario/readScenario.ts'
import type { ScenarioFile } from './ScenarioFile.ts'
import type { SimulationState } from './SimulationState.ts'

/** What the simulator would object to in a scenario, one line each (the editor lists them; Run still works). */
export function readScenarioProblems(file: ScenarioFile): Pick<SimulationState, 'scenarioProblems' | 'scenarioProblemTexts'> {
  const { errors, texts } = readScenario(file)
  return { scenarioProblems: errors, scenarioProblemTexts: texts }
}
